import { Select, type SelectProps } from 'antd';
import { useMembers } from '../api';

/**
 * Picks a member of the workspace by name (an owner, an assignee, an actor): the active ones,
 * or with `everyone` all who ever were. A Form.Item gives it its value and onChange.
 */
export function MemberSelect({ everyone = false, ...props }: SelectProps & { everyone?: boolean }) {
  const members = useMembers(everyone ? {} : { status: 'active' });
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      {...props}
      options={(members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name }))}
    />
  );
}
