import { Button, Input } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';

/**
 * 搜索用户: part of a name, or the last digits of a phone (the list shows phones masked to
 * 138****5678). The list is paged, so the server searches (account.listUsers `search`).
 */
export function UserSearch({ onSearch }: { onSearch: (text: string) => void }) {
  const [text, setText] = useState('');
  return (
    <View className="admin-search">
      <Input
        id="user-search"
        className="admin-search__input"
        value={text}
        placeholder="姓名或手机尾号"
        maxLength={20}
        clearable
        confirmType="search"
        onChange={setText}
        onClear={() => {
          setText('');
          onSearch('');
        }}
        onConfirm={() => onSearch(text.trim())}
      />
      <Button id="user-search-go" className="admin-search__button" type="primary" onClick={() => onSearch(text.trim())}>
        搜索
      </Button>
    </View>
  );
}
