import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useSession } from '../state/session';
import { NavBar } from './NavBar';
import { useTabSelection } from './tabBar/tabSelection';

/**
 * Every page's root: applies elder mode (bigger text and targets) to everything inside, in h5
 * draws the navigation bar WeChat draws in the mini-program, and in the weapp tells a tab page's
 * own tab bar which tab it is.
 */
export function Screen({ children, className = '' }: { children: ReactNode; className?: string }) {
  const { elder } = useSession();
  useTabSelection();
  return (
    <View className={`mq-screen ${elder ? 'mq-elder' : ''} ${className}`} data-elder={elder ? 'on' : 'off'}>
      <NavBar />
      {children}
    </View>
  );
}
