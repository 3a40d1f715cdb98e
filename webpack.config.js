/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Bundles the add-in into dist/addin/ (the CLI build, tsc, writes dist/core, dist/xlsx, dist/cli).
 *
 * One shared runtime: taskpane.html loads office.js, then the `functions` bundle (custom
 * functions, registered by the associate calls custom-functions-metadata-plugin appends) and the
 * `taskpane` bundle. functions.json is generated from the JSDoc in functions/functions.ts.
 * Wiring follows Microsoft's Office-Addin-TaskPane-SharedRuntime / Excel-Custom-Functions templates.
 *
 *   webpack --mode production          build
 *   webpack serve --mode development   https://localhost:3000 (office-addin-dev-certs; plain http if none)
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { finishMetadata, helpPage, HELP_PAGE } = require('./scripts/functions-metadata');

const OUT = path.resolve(__dirname, 'dist', 'addin');
const PORT = 3000;
const FUNCTIONS_ENTRY = './functions/functions.ts';
/**
 * Office.js as Microsoft's store requires it: loaded from Microsoft's CDN in production builds.
 * The local copy (node_modules/@microsoft/office-js) is served only by the dev server (the offline
 * demo) and by builds made with ADDIN_OFFICE_JS=local; the browser end-to-end test routes the CDN
 * address to the same local files, so no test needs the network.
 */
const HOSTED_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where the add-in is served: the manifest's URLs (the dev server; a store build sets ADDIN_BASE_URL). */
const BASE_URL = process.env.ADDIN_BASE_URL || `https://localhost:${PORT}/`;

/** functions.json finished for Excel (scripts/functions-metadata.js) and help.html made from it. */
class FinishFunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('FinishFunctionsMetadata', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FinishFunctionsMetadata', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset('functions.json');
        if (!asset) return;
        const metadata = finishMetadata(JSON.parse(asset.source.source().toString()), BASE_URL);
        compilation.updateAsset('functions.json', new sources.RawSource(JSON.stringify(metadata, null, 2)));
        compilation.emitAsset(HELP_PAGE, new sources.RawSource(helpPage(metadata, 'THROUGHLINE')));
      });
    });
  }
}

/**
 * https options for the dev server: office-addin-dev-certs' trusted localhost certificate; if it
 * cannot be installed as trusted (no admin rights), the certificate it generated anyway (https
 * works, the browser asks once); plain http (undefined) when there is none at all.
 */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    try {
      const read = (name) => fs.readFileSync(path.join(dir, name));
      const options = { ca: read('ca.crt'), key: read('localhost.key'), cert: read('localhost.crt') };
      process.stderr.write(
        `webpack: the localhost certificate is not trusted (${why}); serving https with it anyway.\n` +
          '         Office needs it trusted: run `npx office-addin-dev-certs install` as an administrator.\n',
      );
      return options;
    } catch {
      process.stderr.write(
        `webpack: no localhost certificate (${why}); serving plain http on http://localhost:${PORT}.\n` +
          '         Office needs https: run `npx office-addin-dev-certs install` and start again to sideload.\n',
      );
      return undefined;
    }
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const https = serving ? await httpsOptions() : undefined;
  const localOfficeJs = dev || process.env.ADDIN_OFFICE_JS === 'local';

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry: {
      functions: FUNCTIONS_ENTRY,
      taskpane: './taskpane/index.tsx',
    },
    output: {
      path: OUT,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // exceljs and papaparse ship browser builds; nothing in the add-in needs Node built-ins.
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules out (tsconfig says commonjs for jest and the CLI): lets webpack tree-shake
            // Fluent UI and keep `import('exceljs')` a separate, lazily loaded chunk.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'node', noEmit: false } },
          },
        },
        { test: /\.(png|svg|jpg|gif)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    // Code splitting stays on (default splitChunks for async chunks) so the taskpane lazy-loads exceljs.
    performance: { hints: false },
    optimization: {
      // One compress pass, not webpack's default two: minifying is 95% of the build, the second
      // pass doubled it for about 1% smaller bundles (measured: see docs/BENCHMARKS.md).
      minimizeOptions: { javascript: { compress: { passes: 1 } } },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_ENTRY }),
      new FinishFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './taskpane/taskpane.html',
        templateParameters: { officeJs: localOfficeJs ? './office-js/office.js' : HOSTED_OFFICE_JS },
        // Shared runtime: the custom functions run in the taskpane's page.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          // office.js needs the rest of its dist folder next to it (o15apptofilemappingtable.js, locales...).
          ...(localOfficeJs ? [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' }] : []),
          { from: 'taskpane/support.html', to: 'support.html' },
          { from: 'assets/icons/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/samples/*.xlsx', to: 'samples/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      host: 'localhost',
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: OUT, watch: false },
      server: https ? { type: 'https', options: https } : { type: 'http' },
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
