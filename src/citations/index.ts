// Citations of other documents: the parser, the formatter and the types they know.
export * from "./cited-types";
export * from "./mapped-text";
export * from "./named-documents";
export * from "./reference-parser";
export * from "./same-document-groups";
export * from "./reference-formatter";
export * from "./citation-choice";
export * from "./standing-documents";
