import { nearestFirst, walkText } from '@domain/service/stations';
import { volunteerDisplayName } from '@domain/service/volunteers';

describe('红帆驿站 nearest first, without the phone’s location', () => {
  const stations = [
    { id: 's-gulou', name: '鼓楼驿站', walkMinutes: { 'p-gulou': 3, 'p-xingfu': 10 } },
    { id: 's-xingfu', name: '幸福驿站', walkMinutes: { 'p-xingfu': 2 } },
    { id: 's-far', name: '城东驿站', walkMinutes: {} },
  ];
  it('orders by minutes on foot from the resident’s compound, unknown distances last by name', () => {
    expect(nearestFirst(stations, 'p-xingfu').map((s) => s.id)).toEqual(['s-xingfu', 's-gulou', 's-far']);
    expect(nearestFirst(stations, 'p-gulou').map((s) => s.id)).toEqual(['s-gulou', 's-far', 's-xingfu']);
    expect(nearestFirst(stations, null).map((s) => s.name)).toEqual(['城东驿站', '鼓楼驿站', '幸福驿站']);
  });
  it('says the walk only when the committee entered it', () => {
    expect(walkText(stations[0], 'p-gulou')).toBe('步行约3分钟');
    expect(walkText(stations[2], 'p-gulou')).toBe('');
    expect(walkText(stations[0], null)).toBe('');
  });
  it('shows residents a volunteer by a display name, never the full name', () => {
    expect(volunteerDisplayName('李明')).toBe('李志愿者');
    expect(volunteerDisplayName('  ')).toBe('志愿者');
  });
});
