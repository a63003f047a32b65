// The API is bundled to CommonJS with webpack + ts-loader, because TypeORM and
// the GraphQL decorators need decorator metadata (esbuild emits none).
// Packages stay external and are loaded from node_modules at run time; Node
// 20.19+ can require() the ES-module-only ones (NestJS 12, Apollo Server 5).
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
// KP_DIST_DIR lets parallel work loops build into folders of their own.
const dist = path.resolve(root, process.env.KP_DIST_DIR || 'dist');

module.exports = {
  mode: 'none',
  target: 'node',
  context: root,
  entry: {
    main: './apps/api/src/main.ts',
    cli: './apps/api/src/cli.ts',
  },
  output: {
    path: path.join(dist, 'apps/api'),
    filename: '[name].js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  devtool: 'source-map',
  resolve: {
    extensions: ['.ts', '.js'],
    alias: { '@kp/domain': path.join(root, 'libs/domain/src/index.ts') },
  },
  externals: [
    ({ request }, callback) => {
      const isPackage =
        !request.startsWith('.') && !request.startsWith('/') && !request.startsWith('@kp/');
      return isPackage ? callback(null, `commonjs ${request}`) : callback();
    },
  ],
  externalsPresets: { node: true },
  // keep Node's own __dirname: the API finds the web app beside its bundle
  node: { __dirname: false, __filename: false },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        options: {
          configFile: path.join(__dirname, 'tsconfig.json'),
          transpileOnly: true,
          compilerOptions: { noEmit: false, module: 'esnext' },
        },
        exclude: /node_modules/,
      },
    ],
  },
  optimization: { minimize: false, nodeEnv: false },
  stats: 'errors-warnings',
};
