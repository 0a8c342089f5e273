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

interface BucketSpec {
  groupBy: unknown;
  boundaries: unknown[];
  default?: unknown;
  output?: Record<string, unknown>;
}

/**
 * `$bucket` as MongoDB runs it, written as the `$group` it amounts to: each boundary opens its
 * bucket (a value equal to an inner boundary belongs to the bucket that boundary opens; mingo
 * 6.6's own $bucket puts it in the one before), empty buckets are not output, and the buckets
 * come out in boundary order, the default's last.
 */
function bucketAsGroup(spec: BucketSpec): Record<string, unknown>[] {
  const { groupBy, boundaries } = spec;
  if (!Array.isArray(boundaries) || boundaries.length < 2) {
    throw new ServerFailure('INVALID_PARAM', '$bucket needs at least two boundaries');
  }
  const last = boundaries[boundaries.length - 1];
  const branches = boundaries.slice(0, -1).map((lower, i) => ({
    case: { $and: [{ $gte: [groupBy, lower] }, { $lt: [groupBy, boundaries[i + 1]] }, { $lt: [groupBy, last] }] },
    then: lower,
  }));
  const outside = spec.default === undefined ? '$$REMOVE' : spec.default;
  const output = spec.output ?? { count: { $sum: 1 } };
  return [
    { $group: { _id: { $switch: { branches, default: outside } }, ...output } },
    { $addFields: { order: { $cond: [{ $in: ['$_id', boundaries] }, 0, 1] } } },
    { $sort: { order: 1, _id: 1 } },
    { $project: { order: 0 } },
  ];
}

/** The builder sends each stage as `{ stageKey: '$match', stageValue: '<EJSON>' }`. */
function pipelineOf(params: Params): Record<string, unknown>[] {
  if (!Array.isArray(params.stages)) throw new ServerFailure('INVALID_PARAM', 'stages must be an array');
  return (params.stages as Stage[]).flatMap(({ stageKey, stageValue }) => {
    if (!(stageKey in supportedStages)) throw notSupported(`the aggregation stage ${String(stageKey)}`);
    const value = decode(requireString(stageValue, 'stageValue'));
    if (stageKey === '$lookup' && (!isObject(value) || 'pipeline' in value)) {
      throw notSupported('$lookup with a pipeline');
    }
    if (stageKey === '$bucket') return bucketAsGroup(value as BucketSpec);
    return [{ [stageKey]: value }];
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
