import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useSession } from '../state/session';
import { PrivacySheet } from './privacy/PrivacySheet';

/**
 * Every page's root: applies elder mode (bigger text and targets) to everything inside, and holds
 * the page's privacy sheet (a mini-program draws nothing outside its pages).
 */
export function Screen({ children, className = '' }: { children: ReactNode; className?: string }) {
  const { elder } = useSession();
  return (
    <View className={`mq-screen ${elder ? 'mq-elder' : ''} ${className}`} data-elder={elder ? 'on' : 'off'}>
      {children}
      <PrivacySheet />
    </View>
  );
}
