// Drafting blocks: form input → paragraphs and borderless tables.
export * from "./block";
export * from "./document-number";
export * from "./header-block";
export * from "./title-block";
export * from "./new-document";
