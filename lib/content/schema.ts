import { getSchema } from '@tiptap/core';
import { contentExtensions } from './extensions';

/** The ProseMirror schema generated from the one extension list. */
export const contentSchema = getSchema(contentExtensions);

/** Bumped when the stored JSON format changes incompatibly; a newer document is refused, not mangled. */
export const CONTENT_SCHEMA_VERSION = 1;
