/**
 * The local content check's word lists. They only stand in for WeChat's model on this machine,
 * so they are short and obvious; production decides with msgSecCheck v2's `suggest`.
 */
export const localRiskyWords: readonly string[] = ['赌博', '代开发票', '办证', '枪支', '毒品', '色情', '诈骗'];

/** Words a person should look at before publishing (insults, ad-like text). */
export const localReviewWords: readonly string[] = ['傻逼', '垃圾人', '滚蛋', '加微信', '广告', '兼职刷单'];
