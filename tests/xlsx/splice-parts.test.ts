import { addSharedStrings, addStyles, remapSheet } from '../../src/xlsx/splice-parts';

/** The shared parts of a spliced workbook, on the shapes other producers write (prefixes, missing sections). */
describe('appending our styles and strings to a source’s', () => {
  const ours =
    '<styleSheet xmlns="main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>' +
    '<fonts count="2"><font><sz val="11"/></font><font><b/><sz val="16"/></font></fonts>' +
    '<fills count="1"><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill></fills>' +
    '<borders count="1"><border><left style="thin"/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0"><alignment wrapText="1"/></xf></cellXfs>' +
    '<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf></dxfs></styleSheet>';

  it('keeps a prefixed source’s items first, adds ours in its prefix, shifts our IDs, and adds missing sections in order', () => {
    const source =
      '<x:styleSheet xmlns:x="main"><x:fonts count="1"><x:font><x:sz val="10"/></x:font></x:fonts>' +
      '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
      '<x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs>' +
      '<x:cellXfs count="1"><x:xf numFmtId="0" fontId="0"/></x:cellXfs><x:dxfs count="0"/></x:styleSheet>';
    const { xml, xfOffset, dxfOffset, numFmts } = addStyles(source, ours);
    expect({ xfOffset, dxfOffset }).toEqual({ xfOffset: 1, dxfOffset: 0 });
    expect(numFmts.get(164)).toBe(164);
    expect(xml).toMatch(/^<x:styleSheet xmlns:x="main"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.00"\/><\/x:numFmts><x:fonts count="3"><x:font><x:sz val="10"\/><\/x:font><x:font>/);
    expect(xml).toContain('<x:fills count="3"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill><x:fill><x:patternFill patternType="solid">');
    expect(xml).toContain('<x:cellXfs count="3"><x:xf numFmtId="0" fontId="0"/><x:xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0"/><x:xf numFmtId="164" fontId="2" fillId="2" borderId="1" xfId="0"><x:alignment wrapText="1"/></x:xf></x:cellXfs>');
    expect(xml).toContain('<x:dxfs count="1"><x:dxf><x:fill>');
    expect(xml).not.toMatch(/<(?!\/?x:)[a-z]/); // every element in the source's prefix
  });

  it('gives our custom number formats IDs the source does not use', () => {
    const source = '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>';
    const { xml, numFmts } = addStyles(source, ours);
    expect(numFmts.get(164)).toBe(165);
    expect(xml).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>');
    expect(xml).toContain('<xf numFmtId="165" fontId="2" fillId="1" borderId="1" xfId="0">');
    expect(xml).toContain('<dxfs count="1">'); // added, after cellXfs
  });

  it('appends shared strings after the source’s, in its prefix, with both counts', () => {
    const { xml, offset } = addSharedStrings('<x:sst xmlns:x="main" count="5" uniqueCount="2"><x:si><x:t>甲</x:t></x:si><x:si><x:r><x:t>乙</x:t></x:r></x:si></x:sst>', '<sst count="1" uniqueCount="1"><si><t>表三</t></si></sst>');
    expect(offset).toBe(2);
    expect(xml).toBe('<x:sst xmlns:x="main" count="6" uniqueCount="3"><x:si><x:t>甲</x:t></x:si><x:si><x:r><x:t>乙</x:t></x:r></x:si><x:si><x:t>表三</x:t></x:si></x:sst>');
  });

  it('shifts the indices of our sheets and leaves the source’s tab selected', () => {
    const sheet =
      '<worksheet><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><cols><col min="1" max="1" style="2"/></cols>' +
      '<sheetData><row r="1" s="1" customFormat="1"><c r="A1" s="1" t="s"><v>3</v></c><c r="B1" s="2"><f>SUM(C1:D1)</f><v>7</v></c><c r="C1" s="0"/></row></sheetData>' +
      '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&lt;&gt;0</formula></cfRule></conditionalFormatting></worksheet>';
    expect(remapSheet(sheet, { xf: 10, dxf: 4, sharedString: 100 })).toBe(
      '<worksheet><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="1" style="12"/></cols>' +
        '<sheetData><row r="1" s="11" customFormat="1"><c r="A1" s="11" t="s"><v>103</v></c><c r="B1" s="12"><f>SUM(C1:D1)</f><v>7</v></c><c r="C1" s="10"/></row></sheetData>' +
        '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="4" priority="1"><formula>A1&lt;&gt;0</formula></cfRule></conditionalFormatting></worksheet>',
    );
  });
});
