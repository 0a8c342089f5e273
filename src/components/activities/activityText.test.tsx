import { whereText } from './activityText';

describe('where an activity is, in one line', () => {
  it('names the station it is held for, unless the place already does', () => {
    expect(whereText({ place: '东门社区广场', stationName: '' })).toBe('东门社区广场');
    expect(whereText({ place: '东门社区广场', stationName: '鼓楼红帆驿站' })).toBe('东门社区广场 · 鼓楼红帆驿站');
    expect(whereText({ place: '幸福小区红帆驿站', stationName: '幸福小区红帆驿站' })).toBe('幸福小区红帆驿站');
    expect(whereText({ place: '幸福小区红帆驿站二楼', stationName: '幸福小区红帆驿站' })).toBe('幸福小区红帆驿站二楼');
  });
});
