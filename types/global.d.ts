/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5';
    /** The CloudBase environment id compiled into the weapp build (CLOUDBASE_ENV_ID). */
    CLOUDBASE_ENV_ID?: string;
  }
}
