import { boundedText } from '../text';

export const matterTitleSchema = boundedText('请填写标题', 4, '标题至少4个字', 40, '标题最多40个字');

export const matterBodySchema = boundedText('请填写内容', 10, '请把事情说清楚，至少10个字', 1000, '内容最多1000字');

export const commentBodySchema = boundedText('请填写评论内容', 1, '请填写评论内容', 500, '评论最多500字');

export const reasonSchema = boundedText('请填写原因', 2, '请填写原因', 200, '原因最多200字');
