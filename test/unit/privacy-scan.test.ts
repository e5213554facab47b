/** The 保密审查 scan on text written for these tests (青石镇): what it flags, and the figures it must leave alone. */
import assert from 'node:assert/strict';
import test from 'node:test';
import { isBankCard, isIdNumber15, isIdNumber18 } from '../../electron/core/public/checks.ts';
import { scanReport, scanText } from '../../electron/core/public/scan.ts';
import type { PrivacyKind } from '../../electron/core/public/privacy-words.ts';
import { makeReport } from './check-fixture.ts';

/** What the scan flags in one line, as [kind, text] pairs. */
const flagged = (text: string, extra: string[] = []): Array<[PrivacyKind, string]> =>
  scanText(text, extra).map((h) => [h.kind, text.slice(h.start, h.end)]);

test('18-digit ID numbers are flagged only with a valid check character and birth date', () => {
  assert.ok(isIdNumber18('530128198506123019'));
  assert.ok(isIdNumber18('530102197811300458'));
  assert.ok(!isIdNumber18('530128198506123018'), 'wrong check digit');
  assert.ok(!isIdNumber18('530128198502303017'), '30 February');
  assert.deepEqual(flagged('调解对象身份证号530128198506123019，已登记。'), [['id', '530128198506123019']]);
  assert.deepEqual(flagged('受理编号530128198506123018，已登记。'), []);
});

test('the old 15-digit form needs a real birth date', () => {
  assert.ok(isIdNumber15('530128850612301'));
  assert.ok(!isIdNumber15('530128851312301'));
  assert.deepEqual(flagged('旧证号530128850612301。'), [['id', '530128850612301']]);
});

test('bank card numbers pass the Luhn check; other long numbers do not', () => {
  assert.ok(isBankCard('6222021234567890128'));
  assert.ok(!isBankCard('6222021234567890127'));
  assert.deepEqual(flagged('补偿款打入6217 0012 3456 7893账户'), [['bank', '6217 0012 3456 7893']]);
  assert.deepEqual(flagged('补偿款打入6217001234567894账户'), []);
});

test('mobile and landline numbers are flagged', () => {
  assert.deepEqual(flagged('联系人手机13812345678。'), [['mobile', '13812345678']]);
  assert.deepEqual(flagged('咨询电话0871-68123456。'), [['landline', '0871-68123456']]);
  assert.deepEqual(flagged('值班电话：6812345'), [['landline', '6812345']]);
  assert.deepEqual(flagged('值班室（0871）6812345'), [['landline', '（0871）6812345']]);
});

test('licence plates, house numbers and village addresses are flagged', () => {
  assert.deepEqual(flagged('查扣车辆云A12345一台'), [['plate', '云A12345']]);
  assert.deepEqual(flagged('查扣车辆云A·D2345一台'), [['plate', '云A·D2345']]);
  assert.deepEqual(flagged('住青石镇人民路58号院'), [['address', '58号院']]);
  assert.deepEqual(flagged('住青石村3组15号'), [['address', '3组15号']]);
});

test('names beside case words are flagged; anonymised names and ordinary words are not', () => {
  assert.deepEqual(flagged('申请人李青山与被申请人王大力因宅基地发生纠纷'), [
    ['name', '李青山'],
    ['name', '王大力'],
  ]);
  assert.deepEqual(flagged('被执行人：欧阳丽拒不履行'), [['name', '欧阳丽']]);
  assert.deepEqual(flagged('原告张明诉青石镇人民政府'), [['name', '张明']]);
  assert.deepEqual(flagged('当事人王某与李某某达成调解协议'), []);
  assert.deepEqual(flagged('依法保障当事人合法权益，告知申请人程序权利，当事人陈述申辩'), []);
  assert.deepEqual(flagged('信访人反映的问题已办结'), []);
});

test('密级 and 内部 markers are flagged, ordinary phrases that contain them are not', () => {
  assert.deepEqual(flagged('内部资料 注意保存'), [
    ['marker', '内部资料'],
    ['marker', '注意保存'],
  ]);
  assert.deepEqual(flagged('机密★1年'), [['marker', '机密']]);
  assert.deepEqual(flagged('涉及国家秘密的除外，严防泄露秘密'), []);
  assert.deepEqual(flagged('加强内部管理'), []);
});

test('the county’s own words are flagged wherever they occur', () => {
  assert.deepEqual(flagged('青石水库移民安置点建设', ['移民安置点']), [['word', '移民安置点']]);
  assert.deepEqual(flagged('青石水库建设', ['  ']), []);
});

test('legitimate figures are not flagged: amounts, 文号, dates, statistics, hotlines, law names', () => {
  const lines = [
    '审查合同金额 1,200 万元的合同5件，合同金额1200万元。',
    '按照《青石县人民政府办公室关于印发法治政府建设工作要点的通知》（青政办发〔2024〕12号）要求',
    '于2024年1月15日召开会议，2024-03-01前报送，20240115号会议纪要。',
    '全年受理12345热线转办件356件，办结率100%，群众满意度98.6%。',
    '学习《中华人民共和国行政处罚法》《信访工作条例》，第12号令。',
    '人口32,456人，面积1,234.56平方公里，财政收入123456789元。',
    '国务院令第708号，国办发〔2018〕118号。',
  ];
  for (const line of lines) assert.deepEqual(flagged(line), [], line);
});

test('scanReport names where each finding is, with offsets into the stored field', () => {
  const report = makeReport({ disputes: ['全年调处纠纷12件。', '申请人李青山，手机13812345678。'] });
  report.preamble = '内部资料。现将有关情况报告如下：';
  const findings = scanReport(report);
  assert.deepEqual(
    findings.map((f) => [f.kind, f.text, f.place.field]),
    [
      ['marker', '内部资料', 'preamble'],
      ['name', '李青山', 'paragraph'],
      ['mobile', '13812345678', 'paragraph'],
    ],
  );
  const mobile = findings[2];
  const stored = report.sections.flatMap((s) => [s, ...s.children]).find((s) => s.id === mobile.place.sectionId);
  const text = stored?.paragraphs.find((p) => p.id === mobile.place.paragraphId)?.text ?? '';
  assert.equal(text.slice(mobile.start, mobile.end), '13812345678');
  assert.match(mobile.where, /第2段/);
});
