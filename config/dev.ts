import type { UserConfigExport } from '@tarojs/cli';

// `npm run dev`: the h5 dev server forwards API calls and photos to the local host (npm run host).
export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      port: 10086,
      proxy: [{ context: ['/api', '/files'], target: `http://127.0.0.1:${process.env.PORT ?? 3000}` }],
    },
  },
} satisfies UserConfigExport<'webpack5'>;
