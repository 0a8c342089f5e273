import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './Field.scss';

/** One labelled form field, with an optional hint and the server's (or our) complaint about it. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <View className="cm-field">
      <View className="cm-field__label">{label}</View>
      {hint ? <View className="cm-field__hint">{hint}</View> : null}
      {children}
      {error ? (
        <View className="cm-field__error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  );
}
