import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** "Load more" under a keyset list, while another page follows. */
export function LoadMore({
  pages,
}: {
  pages: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}) {
  const { t } = useTranslation();
  if (!pages.hasNextPage) return null;
  return (
    <Button
      style={{ marginTop: 12 }}
      onClick={() => pages.fetchNextPage()}
      loading={pages.isFetchingNextPage}
    >
      {t('common.loadMore')}
    </Button>
  );
}
