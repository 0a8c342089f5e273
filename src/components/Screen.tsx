import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useSession } from '../state/session';
import { NavBar } from './NavBar';

/**
 * Every page's root: applies elder mode (bigger text and targets) to everything inside, and in h5
 * draws the navigation bar WeChat draws in the mini-program.
 */
export function Screen({ children, className = '' }: { children: ReactNode; className?: string }) {
  const { elder } = useSession();
  return (
    <View className={`mq-screen ${elder ? 'mq-elder' : ''} ${className}`} data-elder={elder ? 'on' : 'off'}>
      <NavBar />
      {children}
    </View>
  );
}
