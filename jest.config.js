// The projects: pure/server tests in node (the heaviest of them apart, `unit-heavy`), pages in
// jsdom, the built weapp output in miniprogram-simulate, and the h5 app end to end in Chromium. Type checking is `npm run
// typecheck`'s job, so ts-jest only transpiles here (tsconfig has isolatedModules).
const tsJest = [
  'ts-jest',
  {
    tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', isolatedModules: true },
    diagnostics: false,
  },
];

const shared = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: {
    '^@domain/(.*)$': '<rootDir>/src/domain/$1',
    // zod ships each locale as ESM (.js) and CommonJS (.cjs); jest runs CommonJS.
    '^zod/v4/locales/(.*)\\.js$': '<rootDir>/node_modules/zod/v4/locales/$1.cjs',
  },
  setupFiles: ['<rootDir>/tests/support/setupEnv.ts'],
};

/** Node suites of a minute or more on a 2-core machine (see the `unit-heavy` project). */
const heavyNodeSuites = [
  'tests/cloudbaseLocal/**/*.test.ts',
  'tests/scripts/visitContention.test.ts',
  'tests/scripts/scaffoldAction.test.ts',
  'tests/scripts/scaffoldPage.test.ts',
  'tests/scripts/functionBundles.test.ts',
  'tests/host/demoLife.test.ts',
  'tests/functions/convergence.test.ts',
];

/** A suite's glob as an ignore pattern (a regular expression on the path). */
function pathPattern(glob) {
  return `/${glob.replace(/\./g, '\\.').replace('**/*', '.*')}$`;
}

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/{domain,functions,host,scripts,cloudbaseLocal}/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...heavyNodeSuites.map(pathPattern)],
    },
    {
      // The node suites that take longest (built bundles under contention and faults, scaffolds
      // type-checked, the living demo seeded on many dates): `npm test` runs them in the browser
      // suites' jest, which mostly waits on hosts and Chromium, so the two jests end together.
      ...shared,
      displayName: 'unit-heavy',
      testEnvironment: 'node',
      testMatch: heavyNodeSuites.map((suite) => `<rootDir>/${suite}`),
    },
    {
      ...shared,
      displayName: 'jsdom',
      testEnvironment: 'jsdom',
      setupFiles: [...shared.setupFiles, '<rootDir>/tests/support/jsdomSetup.ts'],
      // Pages under tests/pages, src/api and src/hooks under tests/api and tests/hooks; a component's own
      // test sits beside it (Tag.tsx, Tag.test.tsx).
      testMatch: [
        '<rootDir>/tests/pages/**/*.test.tsx',
        '<rootDir>/tests/{api,hooks}/**/*.test.{ts,tsx}',
        '<rootDir>/src/**/*.test.tsx',
      ],
      moduleNameMapper: {
        ...shared.moduleNameMapper,
        '^@tarojs/taro$': '<rootDir>/tests/support/taroMock.ts',
        '^@tarojs/components$': '<rootDir>/tests/support/taroComponents.tsx',
        // NutUI's UMD build is CommonJS-loadable and takes Taro from the two stand-ins above.
        '^@nutui/nutui-react-taro$': '<rootDir>/node_modules/@nutui/nutui-react-taro/dist/nutui.react.umd.js',
        '\\.(css|scss)$': '<rootDir>/tests/support/styleMock.ts',
      },
    },
    {
      ...shared,
      displayName: 'weapp',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
    {
      // The same browser suites again on the deployed artifacts: the host on
      // MINQING_BACKEND=cloudbase-local (dist/cloudfunctions over the local CloudBase endpoint).
      ...shared,
      displayName: 'e2e-cloudbase',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      // The h5 first load is the same JavaScript whichever backend answers: measured once, in e2e.
      testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/firstLoad\\.test\\.ts$'],
      globals: { e2eBackend: 'cloudbase-local' },
    },
  ],
};
