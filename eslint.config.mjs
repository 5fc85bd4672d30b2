// Lint: the Office add-in rules (office-addin-lint's own set) with React, over TypeScript and TSX, plus prettier.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "node_modules/**", "test-output/**", "test/schemas/**"] },
  ...officeAddins.configs.react,
  {
    // Node scripts: modern syntax; their globals come from Node.
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: { "no-undef": "off" },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // React 17+ JSX transform: React need not be in scope.
      "react/react-in-jsx-scope": "off",
      // TypeScript checks names; eslint's no-undef does not know DOM, Office or Node types.
      "no-undef": "off",
      // The TypeScript rule understands parameter names in function types; the core rule does not.
      "no-unused-vars": "off",
    },
  },
];
