import * as z from 'zod/mini';
import { localizedTextSchema, reportDuplicates, slugSchema } from './common.js';
import { conditionSchema } from './conditions.js';
import { conditionReferences } from './evaluate.js';
import { formFieldSchema } from './fields.js';
import { procedureCodeSchema } from './procedure.js';

/** A step (page) of the application form, with its fields in order; `showIf` can hide the whole step. */
export const formStepSchema = z.object({
  id: slugSchema,
  title: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  showIf: z.optional(conditionSchema),
  fields: z.array(formFieldSchema).check(z.minLength(1), z.maxLength(200)),
});

/** A step of the application form. */
export type FormStep = z.infer<typeof formStepSchema>;

type FormShape = { steps: FormStep[] };

/**
 * The definition that drives a procedure's application form: its steps and fields. Field ids are
 * unique across the form (they key the answers); show-if conditions name existing fields and do
 * not depend on themselves, directly or through other fields or their step.
 */
export const formDefinitionSchema = z.object({
  id: slugSchema,
  /** Increases with every published change, so a saved draft knows which definition it answers. */
  version: z.int().check(z.minimum(1)),
  procedureCode: procedureCodeSchema,
  title: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  steps: z.array(formStepSchema).check(z.minLength(1), z.maxLength(50)),
}).check(z.superRefine(checkReferences));

/** The definition of an application form. */
export type FormDefinition = z.infer<typeof formDefinitionSchema>;

function checkReferences(form: FormShape, ctx: z.core.$RefinementCtx): void {
  reportDuplicates(ctx, form.steps.map((s) => s.id), (i) => ['steps', i, 'id'], 'step id');
  const places = form.steps.flatMap((step, s) => step.fields.map((field, f) => ({ id: field.id, path: ['steps', s, 'fields', f] })));
  reportDuplicates(ctx, places.map((p) => p.id), (i) => [...places[i]!.path, 'id'], 'field id');

  const known = new Set(places.map((p) => p.id));
  const dependencies = new Map<string, Set<string>>();
  form.steps.forEach((step, s) => {
    const stepRefs = step.showIf ? conditionReferences(step.showIf, ['steps', s, 'showIf']) : [];
    const stepFields = new Set(step.fields.map((field) => field.id));
    stepRefs.forEach(({ field, path }) => {
      if (!known.has(field)) ctx.addIssue({ code: 'custom', path, message: `show-if refers to an unknown field: ${field}` });
      else if (stepFields.has(field)) ctx.addIssue({ code: 'custom', path, message: `A step's show-if cannot read its own field: ${field}` });
    });
    step.fields.forEach((field, f) => {
      const refs = field.showIf ? conditionReferences(field.showIf, ['steps', s, 'fields', f, 'showIf']) : [];
      refs.forEach(({ field: ref, path }) => {
        if (!known.has(ref)) ctx.addIssue({ code: 'custom', path, message: `show-if refers to an unknown field: ${ref}` });
      });
      const deps = dependencies.get(field.id) ?? new Set<string>();
      // A step reading its own field is reported above; leave it out so it is not also a cycle.
      [...refs, ...stepRefs.filter((r) => !stepFields.has(r.field))].forEach(({ field: ref }) => deps.add(ref));
      dependencies.set(field.id, deps);
    });
  });
  const cycle = findCycle(dependencies);
  if (cycle) {
    const start = places.find((p) => p.id === cycle[0]);
    ctx.addIssue({ code: 'custom', path: [...(start?.path ?? []), 'showIf'], message: `show-if conditions form a cycle: ${cycle.join(' → ')}` });
  }
}

/** A cycle in the "is shown depending on" graph, as the ids along it (first id repeated at the end). */
function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const at = onPath.indexOf(node);
    if (at >= 0) return [...onPath.slice(at), node];
    if (done.has(node)) return undefined;
    onPath.push(node);
    for (const next of graph.get(node) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    onPath.pop();
    done.add(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const found = visit(node);
    if (found) return found;
  }
  return undefined;
}
