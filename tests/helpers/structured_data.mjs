#!/usr/bin/env node
// Checks the JSON-LD of built pages against the schema.org vocabulary and Google's
// rich-result rules, offline, with @adobe/structured-data-validator (tests/package.json).
//
//   node tests/helpers/structured_data.mjs PAGE.html...
//
// Prints one JSON report per page: {page, errors: [...], warnings: [...]}, each issue
// {path, message, schemaOrg}. `schemaOrg` marks a term the vocabulary does not define
// (an unknown type, or a property its type does not have): tests/helpers/structured_data.py
// counts those as errors, as validator.schema.org does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Validator from '@adobe/structured-data-validator';
import SchemaOrgCheck from '@adobe/structured-data-validator/src/types/schemaOrg.js';
import WebAutoExtractor from '@marbec/web-auto-extractor';

// The validator takes the vocabulary as an argument and fetches nothing; make sure of it.
globalThis.fetch = () => {
  throw new Error('the structured-data check must not use the network');
};

// The schema.org vocabulary of the pinned @vocabulary/schema package (N-Quads), in the
// JSON-LD shape the validator reads: classes with their parents, properties with the
// classes they apply to.
function vocabulary() {
  const file = createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq');
  const nodes = new Map();
  const node = (id) => nodes.get(id) ?? nodes.set(id, { '@id': id }).get(id);
  const link = (subject, key, id) => (node(subject)[key] ??= []).push({ '@id': id });
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const triple = /^<(http:\/\/schema\.org\/[^>]+)> <([^>]+)> <([^>]+)>/.exec(line);
    if (!triple) continue;
    const [, subject, predicate, object] = triple;
    if (predicate.endsWith('22-rdf-syntax-ns#type') && object.endsWith('rdf-schema#Class')) {
      node(subject)['@type'] = 'rdfs:Class';
    } else if (predicate.endsWith('22-rdf-syntax-ns#type') && object.endsWith('#Property')) {
      node(subject)['@type'] = 'rdf:Property';
    } else if (predicate.endsWith('rdf-schema#subClassOf')) {
      link(subject, 'rdfs:subClassOf', object);
    } else if (predicate === 'http://schema.org/domainIncludes') {
      link(subject, 'schema:domainIncludes', object);
    }
  }
  return { '@graph': [...nodes.values()] };
}

const bare = (type) => String(type).replace(/^(schema:|https?:\/\/schema\.org\/)/, '');

// The validator checks each property of a node against each of its types alone, so the
// `isbn` of a ["Product", "Book"] is "not a property of Product". A property is valid
// when one of the node's types has it.
class EveryTypeSchemaOrgCheck extends SchemaOrgCheck {
  async validate(data) {
    const types = [data['@type']].flat().map(bare);
    const issues = await super.validate(data);
    const valid = await Promise.all(issues.map(async (issue) => issue.fieldNames?.[0] !== '@type'
      && (await Promise.all(types.map((type) => this.validateProperty(type, issue.fieldNames[0]))))
        .some(Boolean)));
    return issues.filter((_, index) => !valid[index]);
  }
}

// The validator reads a rating written as text without checking it is a number.
class NumericRating {
  constructor({ path }) { this.path = path; }

  validate(data) {
    const value = data.ratingValue;
    if (value === undefined || typeof value === 'number' || /^\d+(\.\d+)?$/.test(String(value))) {
      return [];
    }
    return [{ issueMessage: `ratingValue ${JSON.stringify(value)} is not a number`,
              severity: 'ERROR', path: this.path, fieldNames: ['ratingValue'] }];
  }
}

const validator = new Validator(vocabulary());
validator.globalHandlers = [async () => ({ default: EveryTypeSchemaOrgCheck })];
for (const type of ['Rating', 'AggregateRating']) {
  validator.registeredHandlers[type].push(async () => ({ default: NumericRating }));
}

const shown = (path = []) => path.map((step) => [
  step.property, step.type && `(${[step.type].flat().join(',')})`,
  step.index !== undefined && `[${step.index}]`,
].filter(Boolean).join('')).join(' > ');

const reports = [];
for (const page of process.argv.slice(2)) {
  const found = new WebAutoExtractor({ addLocation: true }).parse(readFileSync(page, 'utf8'));
  // The extractor files a node of several types under each: check it once, under its first.
  for (const [type, items] of Object.entries(found.jsonld)) {
    found.jsonld[type] = items.filter((item) => bare([item['@type']].flat()[0]) === bare(type));
  }
  const report = { page, errors: [], warnings: [] };
  for (const issue of await validator.validate({ jsonld: found.jsonld, errors: found.errors })) {
    const item = { path: shown(issue.path), message: issue.issueMessage,
                   schemaOrg: issue.errorType === 'schemaOrg' };
    (issue.severity === 'ERROR' ? report.errors : report.warnings).push(item);
  }
  reports.push(report);
}
console.log(JSON.stringify(reports));
