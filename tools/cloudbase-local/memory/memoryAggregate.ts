import { Aggregator } from 'mingo';
import { OpType, useOperators } from 'mingo/core';
import { $addToSet, $avg, $first, $last, $max, $min, $push, $sum } from 'mingo/operators/accumulator';
import * as arithmetic from 'mingo/operators/expression/arithmetic';
import { $arrayElemAt, $filter, $in, $map, $size } from 'mingo/operators/expression/array';
import * as boolean from 'mingo/operators/expression/boolean';
import * as comparison from 'mingo/operators/expression/comparison';
import * as conditional from 'mingo/operators/expression/conditional';
import {
  $addFields,
  $bucket,
  $count,
  $group,
  $limit,
  $lookup,
  $match,
  $project,
  $skip,
  $sort,
  $unwind,
} from 'mingo/operators/pipeline';
import type { Document } from './memoryDocuments';
import { decode, encode, isObject, notSupported, requireString, ServerFailure, type Params } from './memoryWire';

/**
 * `collection.aggregate()...end()` of the in-memory CloudBase: the stages node-sdk's Aggregate has
 * (bucketAuto, geoNear, replaceRoot, sample and sortByCount aside, unused), as MongoDB runs them
 * (mingo). Any other stage is refused rather than faked. `$lookup` is the plain join (from, localField, foreignField, as), which CloudBase has.
 */
const supportedStages = {
  $match,
  $lookup,
  $project,
  $sort,
  $limit,
  $skip,
  $group,
  $bucket,
  $unwind,
  $count,
  $addFields,
};
useOperators(OpType.PIPELINE, supportedStages);
// The accumulators and expression operators CloudBase's aggregate documents (db.command.aggregate):
// the figures (issue 16) count with $sum of $cond, average ratings, bucket by month.
useOperators(OpType.ACCUMULATOR, { $sum, $avg, $min, $max, $first, $last, $push, $addToSet });
useOperators(OpType.EXPRESSION, {
  ...arithmetic,
  ...boolean,
  ...comparison,
  ...conditional,
  $in,
  $size,
  $filter,
  $map,
  $arrayElemAt,
});

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
