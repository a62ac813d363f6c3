import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { languageLevels } from '../api';

/** A form's `languages` list: ISO codes with a level, added and removed line by line. */
export function LanguagesField({ placeholder }: { placeholder: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name="languages">
      {(fields, { add, remove }) => (
        <Form.Item label={t('person.languages')}>
          {fields.map((f) => (
            <Space key={f.key} align="baseline">
              <Form.Item
                name={[f.name, 'code']}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Input placeholder={placeholder} style={{ width: 80 }} maxLength={3} />
              </Form.Item>
              <Form.Item name={[f.name, 'level']} initialValue="working">
                <Select
                  style={{ width: 130 }}
                  options={languageLevels.map((l) => ({
                    value: l,
                    label: t(`person.level.${l}`),
                  }))}
                />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ level: 'working' })}>
            {t('person.addLanguage')}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}
