extension StopWords {
    static let english = folded("""
    the a an and or but nor so yet of to in on at by for with from into onto about against \
    between through during before after above below under over up down out off than then as \
    if when while where why how what which who whom whose this that these those i me my we us \
    our you your he him his she her it its they them their there here is are was were be been \
    being am has have had having do does did doing can could may might must shall should will \
    would not no yes also very too more most less much many few some any each every all both \
    other another such own same just only still even often sometimes always again now want \
    wants need needs needed like better well into per via its it's \
    across along among around behind beneath beside besides beyond despite except inside \
    outside toward towards upon within never ever already soon later earlier once twice \
    together someone anyone everyone nobody somebody anybody everybody something anything \
    everything nothing however therefore thus although though unless until whether whereas \
    perhaps maybe probably really quite rather almost several either neither
    """)
}
