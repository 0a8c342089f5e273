import { createElement, forwardRef, type ReactNode } from 'react';

/**
 * DOM stand-ins for Taro's components in jsdom: each renders a plain element that keeps id,
 * className, role/aria and data attributes, and maps Taro's event props to DOM ones.
 */
type Props = Record<string, unknown> & { children?: ReactNode };

function domProps(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key === 'children') continue;
    if (key === 'onClick' || key === 'onTap') out.onClick = value;
    else if (key === 'onInput')
      out.onChange = (e: { target: { value: string } }) =>
        (value as (x: unknown) => void)({ detail: { value: e.target.value }, target: e.target });
    else if (key === 'onBlur' || key === 'onFocus') out[key] = value;
    // WeChat's focus attribute (a textarea or input takes the cursor when it turns true).
    else if (key === 'focus') out['data-focus'] = String(Boolean(value));
    else if (
      key === 'id' ||
      key === 'className' ||
      key === 'style' ||
      key === 'role' ||
      key.startsWith('aria-') ||
      key.startsWith('data-')
    ) {
      out[key] = value;
    } else if (
      key === 'value' ||
      key === 'placeholder' ||
      key === 'disabled' ||
      key === 'type' ||
      key === 'maxlength'
    ) {
      out[key === 'maxlength' ? 'maxLength' : key] = value;
    }
  }
  return out;
}

/**
 * WeChat's open-type buttons: a tap on `open-type="agreePrivacyAuthorization"` also fires
 * onAgreePrivacyAuthorization, as WeChat does once it has recorded the agreement.
 */
function openTypeProps(props: Props, dom: Record<string, unknown>): Record<string, unknown> {
  if (typeof props.openType !== 'string') return dom;
  const agree = props.openType === 'agreePrivacyAuthorization' ? props.onAgreePrivacyAuthorization : undefined;
  const tap = dom.onClick as ((event: unknown) => void) | undefined;
  return {
    ...dom,
    'data-open-type': props.openType,
    onClick: (event: unknown) => {
      tap?.(event);
      if (typeof agree === 'function') agree({ type: 'agreeprivacyauthorization', detail: {} });
    },
  };
}

function element(tag: string, name: string) {
  const component = forwardRef<HTMLElement, Props>((props, ref) =>
    createElement(
      tag,
      { ...openTypeProps(props, domProps(props)), ref, 'data-taro': name },
      props.children as ReactNode,
    ),
  );
  component.displayName = name;
  return component;
}

export const View = element('div', 'View');
export const Text = element('span', 'Text');
export const Button = element('button', 'Button');
export const Image = element('img', 'Image');
export const ScrollView = element('div', 'ScrollView');
export const Swiper = element('div', 'Swiper');
export const SwiperItem = element('div', 'SwiperItem');
export const Label = element('label', 'Label');
export const Form = element('form', 'Form');
export const Textarea = element('textarea', 'Textarea');
export const RootPortal = element('div', 'RootPortal');
export const Input = forwardRef<HTMLInputElement, Props>((props, ref) =>
  createElement('input', { ...domProps(props), ref, 'data-taro': 'Input' }),
);
Input.displayName = 'Input';
