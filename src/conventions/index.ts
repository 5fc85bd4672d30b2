// The rulebook as data.
export * from "./profiles";
export * from "./document-types";
export * from "./sources";
export * from "./type-structure";
export * from "./recipient-presets";
export * from "./signing-authority";
