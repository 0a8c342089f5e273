import { Input, TextArea } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { ComponentType, ReactNode } from 'react';
import { categoryLabels, matterCategories, type MatterCategory } from '@domain/matters/categories';
import { charCount } from '@domain/text';
import { ChoiceList } from '../ChoiceList';
import type { MatterDraft } from './matterForm';

/** The labelled field a form styles its own way (the resident's raise form, the staff's forms). */
export type MatterFieldFrame = ComponentType<{
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}>;

/**
 * What a 说事 says: its category, title and words, as a resident raises it and as staff raise it
 * for a resident at the door (红色代办). The limits are the contract's: 4-40 and 10-1000 characters.
 */
export function MatterTextFields({
  draft,
  Field,
  anchor,
  errorFor,
  update,
  titleExtra,
  className,
}: {
  draft: Pick<MatterDraft, 'category' | 'title' | 'body'>;
  Field: MatterFieldFrame;
  /** The id a field's complaint scrolls to. */
  anchor: (path: string) => string;
  errorFor: (path: string) => string | undefined;
  update: (patch: Partial<MatterDraft>) => void;
  /** Shown under the title (the resident's form lists similar matters there). */
  titleExtra?: ReactNode;
  /** Class names of the form's own inputs and counters. */
  className: { categories?: string; input: string; textarea: string; count: string };
}) {
  return (
    <>
      <Field id={anchor('category')} label="说的是哪类事" error={errorFor('category')} className={className.categories}>
        <ChoiceList
          idPrefix="category"
          choices={matterCategories.map((c) => ({ id: c, label: categoryLabels[c] }))}
          selected={draft.category}
          onSelect={(id) => update({ category: id as MatterCategory })}
        />
      </Field>
      <Field
        id={anchor('title')}
        label="标题"
        hint="一句话说清是什么事，如：3号楼前晚上乱停车"
        error={errorFor('title')}
      >
        <Input
          id="matter-title"
          className={className.input}
          value={draft.title}
          placeholder="4到40个字"
          maxLength={40}
          onChange={(title) => update({ title })}
        />
        <View className={className.count}>{charCount(draft.title)}/40</View>
        {titleExtra}
      </Field>
      <Field
        id={anchor('body')}
        label="详细说说"
        hint="在哪里、什么时候、影响了谁，希望怎么解决"
        error={errorFor('body')}
      >
        <TextArea
          id="matter-body"
          className={className.textarea}
          value={draft.body}
          placeholder="至少10个字"
          maxLength={1000}
          rows={6}
          autoSize
          onChange={(body) => update({ body })}
        />
        <View className={className.count} id="matter-body-count">
          {charCount(draft.body)}/1000
        </View>
      </Field>
    </>
  );
}
