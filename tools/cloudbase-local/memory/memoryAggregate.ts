import { Aggregator } from 'mingo';
import { OpType, useOperators } from 'mingo/core';
import { $sum } from 'mingo/operators/accumulator';
import { $group, $limit, $lookup, $match, $project, $sort } from 'mingo/operators/pipeline';
import type { Document } from './memoryDocuments';
import { decode, encode, isObject, notSupported, requireString, ServerFailure, type Params } from './memoryWire';

/**
 * `collection.aggregate()...end()` of the in-memory CloudBase: the stages the adapter uses, as
 * MongoDB runs them (mingo). Only these: a stage the adapter does not use is refused rather than
 * faked. `$lookup` is the plain join (from, localField, foreignField, as), which CloudBase has.
 */
const supportedStages = { $match, $lookup, $project, $sort, $limit, $group };
useOperators(OpType.PIPELINE, supportedStages);
// `$group` with `$sum` only: the moderation queue's author tallies.
useOperators(OpType.ACCUMULATOR, { $sum });

interface Stage {
  stageKey: string;
  stageValue: string;
}

/** The builder sends each stage as `{ stageKey: '$match', stageValue: '<EJSON>' }`. */
function pipelineOf(params: Params): Record<string, unknown>[] {
  if (!Array.isArray(params.stages)) throw new ServerFailure('INVALID_PARAM', 'stages must be an array');
  return (params.stages as Stage[]).map(({ stageKey, stageValue }) => {
    if (!(stageKey in supportedStages)) throw notSupported(`the aggregation stage ${String(stageKey)}`);
    const value = decode(requireString(stageValue, 'stageValue'));
    if (stageKey === '$lookup' && (!isObject(value) || 'pipeline' in value)) {
      throw notSupported('$lookup with a pipeline');
    }
    return { [stageKey]: value };
  });
}

/** Runs the pipeline over `documents`; `collectionNamed` resolves a `$lookup`'s `from`. */
export function aggregate(
  documents: Iterable<Document>,
  params: Params,
  collectionNamed: (name: string) => Iterable<Document>,
): Record<string, unknown> {
  const pipeline = pipelineOf(params);
  const copies = (source: Iterable<Document>) => [...source].map((d) => decode(encode(d)) as Document);
  const list = new Aggregator(pipeline, { collectionResolver: (name) => copies(collectionNamed(name)) }).run(
    copies(documents),
  );
  return { list: list.map(encode) };
}
