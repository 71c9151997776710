// Reads a `data "aws_iam_policy_document"` block as the JSON policy Terraform renders from it.
import type { OffsetRange } from '../types';
import type { BlockInfo, TerraformHandle, TupleInfo } from './terraform-handles';
import { attributes, attributeValue, blockBody, blockLabels, blockType, bodyItems, rangeOf, unwrap, type Node, type Range } from './terraform-parse';
import { unknownText, type ResolvedPiece } from './terraform-resolve';
import { toOffsetRange, type PolicyWriter } from './terraform-extract';

/** Arguments that pull statements from other documents: their statements are unknown here. */
const OTHER_DOCUMENTS = ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json'];

const STATEMENT_LISTS: [string, string][] = [['actions', 'Action'], ['not_actions', 'NotAction'], ['resources', 'Resource'], ['not_resources', 'NotResource']];

export function blockInfo(block: Node): BlockInfo {
  const body = blockBody(block);
  const open = block.children.find((c) => c?.type === 'block_start')?.startIndex ?? block.startIndex;
  const close = block.children.find((c) => c?.type === 'block_end')?.startIndex ?? block.endIndex - 1;
  return { range: rangeOf(block), open, close, children: bodyItems(body).map(rangeOf) };
}

export function tupleInfo(node: Node): TupleInfo {
  return { open: node.startIndex, close: node.endIndex - 1, items: node.namedChildren.filter((c): c is Node => c?.type === 'expression').map(rangeOf) };
}

const span = (nodes: readonly Node[]): Range => ({ start: Math.min(...nodes.map((n) => n.startIndex)), end: Math.max(...nodes.map((n) => n.endIndex)) });
const host = (range: Range): OffsetRange => toOffsetRange(range);
const nodeHost = (node: Node): OffsetRange => host(rangeOf(node));
const keyword = (block: Node): Node => block.namedChildren[0] ?? block;
const literal = (text: string): ResolvedPiece[] => [{ text }];
const isDynamic = (item: Node, name: string) => item.type === 'block' && blockType(item) === 'dynamic' && blockLabels(item)[0]?.value === name;
const blocksNamed = (items: readonly Node[], name: string) => items.filter((i) => i.type === 'block' && blockType(i) === name);

export function extractPolicyDocument(block: Node, writer: PolicyWriter): void {
  const body = blockBody(block);
  const items = bodyItems(body);
  const attrs = attributes(body);
  const document = blockInfo(block);
  const labels = blockLabels(block);
  const labelHost = labels[1] ? nodeHost(labels[1].node) : nodeHost(keyword(block));
  const statements = blocksNamed(items, 'statement');
  const dynamicStatements = items.filter((i) => isDynamic(i, 'statement'));
  const others = OTHER_DOCUMENTS.map((name) => attrs.get(name)).filter((a): a is Node => a !== undefined);

  writer.b.object(nodeHost(block), { form: 'doc', kind: 'document', block: document }, () => {
    const version = attrs.get('version');
    if (version) attributeProperty('Version', version, writer);
    else {
      const handle: TerraformHandle = { form: 'doc', kind: 'default', owner: document, attribute: 'version' };
      writer.property(literal('Version'), labelHost, labelHost, handle, () => writer.b.string('2012-10-17', labelHost, handle));
    }
    const id = attrs.get('policy_id');
    if (id) attributeProperty('Id', id, writer);
    const all = [...statements, ...dynamicStatements, ...others];
    const statementsHost = all.length ? host(span(all)) : nodeHost(block);
    const statementsHandle: TerraformHandle = { form: 'doc', kind: 'statements', document, blocks: statements.map(blockInfo), dynamic: dynamicStatements.length + others.length > 0 };
    writer.property(literal('Statement'), statementsHost, statements[0] ? nodeHost(keyword(statements[0])) : labelHost, statementsHandle, () =>
      writer.b.array(statementsHost, statementsHandle, () => {
        for (const statement of statements) {
          writer.b.item();
          extractStatement(statement, writer);
        }
        for (const other of [...dynamicStatements, ...others]) {
          writer.b.item();
          const source = other.type === 'attribute' ? (attributeValue(other)?.text ?? other.text) : other.text;
          writer.pieces([{ text: unknownText(source), unknown: true }], nodeHost(other), { form: 'doc', kind: 'opaque' });
        }
      }));
  });
}

function extractStatement(statement: Node, writer: PolicyWriter): void {
  const body = blockBody(statement);
  const items = bodyItems(body);
  const attrs = attributes(body);
  const info = blockInfo(statement);
  const dynamic = items.some((i) => i.type === 'block' && blockType(i) === 'dynamic');
  writer.b.object(nodeHost(statement), { form: 'doc', kind: 'statement', block: info, dynamic }, () => {
    const sid = attrs.get('sid');
    if (sid) attributeProperty('Sid', sid, writer);
    const effect = attrs.get('effect');
    if (effect) attributeProperty('Effect', effect, writer);
    else {
      const at = nodeHost(keyword(statement));
      const handle: TerraformHandle = { form: 'doc', kind: 'default', owner: info, attribute: 'effect' };
      writer.property(literal('Effect'), at, at, handle, () => writer.b.string('Allow', at, handle));
    }
    for (const [attribute, key] of STATEMENT_LISTS) {
      const found = attrs.get(attribute);
      if (found) listProperty(key, found, writer);
    }
    principalsProperty('Principal', 'principals', statement, items, info, writer);
    principalsProperty('NotPrincipal', 'not_principals', statement, items, info, writer);
    conditionProperty(items, info, writer);
  });
}

/** A property written as one attribute: `sid = "x"`. */
function attributeProperty(key: string, attribute: Node, writer: PolicyWriter): void {
  const value = attributeValue(attribute);
  writer.property(literal(key), nodeHost(attribute), nodeHost(attribute.namedChildren[0] ?? attribute), { form: 'doc', kind: 'attribute', range: rangeOf(attribute) },
    value ? () => scalar(value, writer) : undefined);
}

function scalar(expression: Node, writer: PolicyWriter): void {
  const node = unwrap(expression);
  writer.context.scalarTexts.add(expression.text);
  const linear = node.type === 'string_lit' && !/[\\]|\$\$\{|%%\{/.test(node.text) ? node.startIndex + 1 : undefined;
  writer.pieces(writer.resolve(expression), nodeHost(expression), { form: 'doc', kind: 'expr', range: rangeOf(expression) }, linear);
}

/** A list attribute (`actions = [...]`) as an array; lists from several blocks merge into one array. */
function listValue(expressions: readonly Node[], writer: PolicyWriter): void {
  const tuples = expressions.map(unwrap).filter((n) => n.type === 'tuple');
  const known = expressions.length === 1 ? writer.variable(expressions[0]) : undefined;
  if (Array.isArray(known)) {
    // `identifiers = var.accounts` with a known list: Terraform renders the list (of strings).
    writer.variableList(known, nodeHost(expressions[0]), undefined, true);
    return;
  }
  if (expressions.length === 1 && tuples.length === 0) {
    scalar(expressions[0], writer);
    return;
  }
  const at = host(span(expressions));
  writer.b.array(at, { form: 'doc', kind: 'list', tuples: tuples.map(tupleInfo), range: span(expressions) }, () => {
    for (const expression of expressions) {
      const node = unwrap(expression);
      const items = node.type === 'tuple' ? node.namedChildren.filter((c): c is Node => c?.type === 'expression') : [expression];
      for (const item of items) {
        writer.b.item();
        scalar(item, writer);
      }
    }
  });
}

function listProperty(key: string, attribute: Node, writer: PolicyWriter): void {
  const value = attributeValue(attribute);
  writer.property(literal(key), nodeHost(attribute), nodeHost(attribute.namedChildren[0] ?? attribute), { form: 'doc', kind: 'attribute', range: rangeOf(attribute) },
    value ? () => listValue([value], writer) : undefined);
}

/** Groups blocks by the resolved text of one of their attributes (principals by type, conditions by test and variable). */
function groupBy(blocks: readonly Node[], attribute: string, writer: PolicyWriter) {
  const groups = new Map<string, { key: ResolvedPiece[]; keyNode: Node; blocks: Node[] }>();
  for (const block of blocks) {
    const found = attributes(blockBody(block)).get(attribute);
    const expression = found ? attributeValue(found) : undefined;
    if (!expression) continue;
    const key = writer.resolve(expression);
    const text = key.map((p) => p.text).join('');
    const group = groups.get(text);
    if (group) group.blocks.push(block);
    else groups.set(text, { key, keyNode: expression, blocks: [block] });
  }
  return [...groups.values()];
}

function valuesOf(blocks: readonly Node[], attribute: string): Node[] {
  return blocks.flatMap((block) => {
    const found = attributes(blockBody(block)).get(attribute);
    const expression = found ? attributeValue(found) : undefined;
    return expression ? [expression] : [];
  });
}

function principalsProperty(key: string, name: 'principals' | 'not_principals', statement: Node, items: readonly Node[], owner: BlockInfo, writer: PolicyWriter): void {
  const blocks = blocksNamed(items, name);
  const dynamics = items.filter((i) => isDynamic(i, name));
  if (!blocks.length && !dynamics.length) return;
  const all = [...blocks, ...dynamics];
  const at = host(span(all));
  const keyAt = nodeHost(keyword(all[0]));
  const groups = groupBy(blocks, 'type', writer);
  if (blocks.length === 1 && !dynamics.length && groups.length === 1 && groups[0].key.map((p) => p.text).join('') === '*') {
    const identifiers = valuesOf(blocks, 'identifiers');
    const tuple = identifiers[0] ? unwrap(identifiers[0]) : undefined;
    const only = tuple?.type === 'tuple' ? tuple.namedChildren.filter((c) => c?.type === 'expression') : [];
    if (only.length === 1 && only[0]?.text === '"*"') {
      const handle: TerraformHandle = { form: 'doc', kind: 'principal-star', block: blockInfo(blocks[0]) };
      writer.property(literal(key), at, keyAt, handle, () => writer.b.string('*', nodeHost(blocks[0]), handle));
      return;
    }
  }
  const handle: TerraformHandle = { form: 'doc', kind: 'principals', owner, blocks: blocks.map(blockInfo), block: name, dynamic: dynamics.length > 0 };
  writer.property(literal(key), at, keyAt, handle, () =>
    writer.b.object(at, handle, () => {
      for (const group of groups) {
        const typeHandle: TerraformHandle = { form: 'doc', kind: 'principal-type', blocks: group.blocks.map(blockInfo) };
        writer.context.scalarTexts.add(group.keyNode.text);
        writer.property(group.key, host(span(group.blocks)), nodeHost(group.keyNode), typeHandle, () => {
          const identifiers = valuesOf(group.blocks, 'identifiers');
          if (identifiers.length) listValue(identifiers, writer);
          else writer.b.array(host(span(group.blocks)), { form: 'doc', kind: 'list', tuples: [], range: span(group.blocks) }, () => undefined);
        }, unwrap(group.keyNode).type === 'string_lit');
      }
      for (const dynamic of dynamics) opaqueProperty(dynamic, writer);
    }));
  void statement;
}

/** `condition { test variable values }` blocks, merged by test and variable as Terraform does. */
function conditionProperty(items: readonly Node[], owner: BlockInfo, writer: PolicyWriter): void {
  const blocks = blocksNamed(items, 'condition');
  const dynamics = items.filter((i) => isDynamic(i, 'condition'));
  if (!blocks.length && !dynamics.length) return;
  const all = [...blocks, ...dynamics];
  const at = host(span(all));
  const handle: TerraformHandle = { form: 'doc', kind: 'conditions', owner, blocks: blocks.map(blockInfo), dynamic: dynamics.length > 0 };
  writer.property(literal('Condition'), at, nodeHost(keyword(all[0])), handle, () =>
    writer.b.object(at, handle, () => {
      for (const test of groupBy(blocks, 'test', writer)) {
        const testText = test.key.map((p) => p.text).join('');
        const testHandle: TerraformHandle = { form: 'doc', kind: 'condition-test', owner, test: testText, blocks: test.blocks.map(blockInfo) };
        const testAt = host(span(test.blocks));
        writer.context.scalarTexts.add(test.keyNode.text);
        writer.property(test.key, testAt, nodeHost(test.keyNode), testHandle, () =>
          writer.b.object(testAt, testHandle, () => {
            for (const variable of groupBy(test.blocks, 'variable', writer)) {
              writer.context.scalarTexts.add(variable.keyNode.text);
              const variableHandle: TerraformHandle = { form: 'doc', kind: 'condition-variable', blocks: variable.blocks.map(blockInfo) };
              writer.property(variable.key, host(span(variable.blocks)), nodeHost(variable.keyNode), variableHandle, () => {
                const values = valuesOf(variable.blocks, 'values');
                if (values.length) listValue(values, writer);
                else writer.b.array(host(span(variable.blocks)), { form: 'doc', kind: 'list', tuples: [], range: span(variable.blocks) }, () => undefined);
              }, unwrap(variable.keyNode).type === 'string_lit');
            }
          }), unwrap(test.keyNode).type === 'string_lit');
      }
      for (const dynamic of dynamics) opaqueProperty(dynamic, writer);
    }));
}

/** A `dynamic` block: an entry whose key and value the file cannot know. */
function opaqueProperty(dynamic: Node, writer: PolicyWriter): void {
  const text = unknownText(`dynamic "${blockLabels(dynamic)[0]?.value ?? ''}"`);
  const handle: TerraformHandle = { form: 'doc', kind: 'opaque' };
  writer.property([{ text, unknown: true }], nodeHost(dynamic), nodeHost(keyword(dynamic)), handle, () => writer.pieces([{ text, unknown: true }], nodeHost(dynamic), handle));
}
