import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ASTNode, DocumentNode, GraphQLError, Kind, visit } from 'graphql';

// Apollo's plugin type as @nestjs/apollo resolves it (its CJS and ESM typings are distinct types).
type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const MISSING_LITERAL_FIELD = new RegExp(`^Field "${NAME}\\.(${NAME})" of required type`);
// The inner message of a variable error about one input field: missing, or not defined by the type.
const INNER_FIELD = new RegExp(`; Field "(${NAME})" (?:of required type|is not defined by type)`);
const VALUE_KINDS = new Set<string>([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
]);

/**
 * The input field path of every literal value in a document: `input.estimatedValueSek` for a value of
 * field estimatedValueSek in argument `input`. List positions are left out: the field is what is named.
 */
export function literalPaths(document: DocumentNode): Map<ASTNode, string> {
  const paths = new Map<ASTNode, string>();
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (!VALUE_KINDS.has(node.kind) && node.kind !== Kind.OBJECT_FIELD) return;
      const names: string[] = [];
      // graphql-js's ancestors stop before the parent.
      for (const a of [...ancestors, parent]) {
        if (!a || Array.isArray(a)) continue;
        const n = a as ASTNode;
        if (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD) names.push(n.name.value);
        else if (n.kind === Kind.VARIABLE_DEFINITION) names.push(n.variable.name.value);
      }
      // An input field the type does not define is reported at its ObjectField node.
      if (node.kind === Kind.OBJECT_FIELD) names.push(node.name.value);
      if (names.length > 0) paths.set(node, names.join('.'));
    },
  });
  return paths;
}

/** The input field a validation error about a literal is about, given the document's literalPaths. */
export function literalErrorField(error: GraphQLError, paths: Map<ASTNode, string>): string | undefined {
  const node = error.nodes?.[0];
  const at = node && paths.get(node);
  // A missing required field is reported at the object that lacks it; name the field.
  const missing = MISSING_LITERAL_FIELD.exec(error.message)?.[1];
  return at && missing ? `${at}.${missing}` : at;
}

/**
 * Names the field of literal values that do not fit their type (an Int beyond 32 bits, an unknown enum
 * value, a missing required input field): graphql-js reports these as validation errors pointing at the
 * value node only. The path goes into `extensions.field`; the error formatter then reports BAD_USER_INPUT.
 */
export const inputErrorFieldsPlugin: Plugin = {
  async requestDidStart() {
    return {
      async validationDidStart({ document }) {
        return async (errors?: readonly Error[]) => {
          const located = errors?.filter(
            (e): e is GraphQLError =>
              e instanceof GraphQLError &&
              !!e.nodes?.[0] &&
              (VALUE_KINDS.has(e.nodes[0].kind) || e.nodes[0].kind === Kind.OBJECT_FIELD),
          );
          if (!located?.length) return;
          const paths = literalPaths(document);
          for (const e of located) {
            const field = literalErrorField(e, paths);
            // Apollo copies these extensions onto the validation error it answers with.
            if (field) (e as { extensions: GraphQLError['extensions'] }).extensions = { ...e.extensions, field };
          }
        };
      },
    };
  },
};

const VARIABLE_ERROR = new RegExp(`^Variable "\\$(${NAME})" (got invalid value|of required type|of non-null type)`);
const AT_PATH = new RegExp(` at "(${NAME}(?:\\.${NAME}|\\[\\d+\\])*)"; `);

/**
 * The input field a variable coercion error is about, from graphql-js's message (the only place it is
 * given): `Variable "$input" got invalid value 2147483648 at "input.estimatedValueSek"; ...` names
 * `input.estimatedValueSek`; a missing or null variable names the variable.
 */
export function variableErrorField(message: string): string | undefined {
  const variable = VARIABLE_ERROR.exec(message);
  if (!variable) return undefined;
  const name = variable[1]!;
  const at = variable[2] === 'got invalid value' ? AT_PATH.exec(message)?.[1] : undefined;
  // A user's string value is printed with its quotes escaped, so it cannot fake the ` at "…"; ` part.
  const base = at && (at === name || at.startsWith(`${name}.`) || at.startsWith(`${name}[`)) ? at.replace(/\[\d+\]/g, '') : name;
  const inner = INNER_FIELD.exec(message)?.[1];
  return inner ? `${base}.${inner}` : base;
}
