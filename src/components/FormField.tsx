import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

/**
 * One labelled form field, with an optional hint and the complaint about it (ours or the
 * server's). `block` names the BEM block the page styles: `<block>`, `__label`, `__hint`, `__error`.
 */
export function FormField({
  id,
  block,
  label,
  hint,
  error,
  className = '',
  children,
}: {
  /** Set when the form scrolls to this field's complaint (useFieldIssues). */
  id?: string;
  block: string;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <View id={id} className={`${block} ${className}`.trim()}>
      <View className={`${block}__label`}>{label}</View>
      {hint ? <View className={`${block}__hint`}>{hint}</View> : null}
      {children}
      {error ? (
        <View className={`${block}__error`} role="alert">
          {error}
        </View>
      ) : null}
    </View>
  );
}
