extension StopWords {
    static let german = folded("""
    der die das den dem des ein eine einer einen einem eines und oder aber denn sondern doch \
    dass daß ob wenn als wie weil damit obwohl während in im ins an am ans auf aus bei beim mit \
    nach seit von vom vor zu zum zur über unter durch für gegen ohne um bis zwischen hinter \
    neben ich du er sie es wir ihr mich mir dich dir ihn ihm uns euch sich mein meine dein deine \
    sein seine ihre unser unsere euer eure kein keine keinen nicht auch noch schon nur sehr mehr \
    weniger viel viele wenig ist sind war waren bin bist sein gewesen wird werden wurde wurden \
    hat haben hatte hatten kann können konnte konnten muss müssen musste soll sollen sollte \
    sollten will wollen wollte möchten möchte darf dürfen man dies diese dieser dieses diesem \
    diesen jede jeder jedes jeden alle alles etwas nichts hier dort da dann so immer oft \
    manchmal wo wer was welche welcher welches wann warum wieso also zwar sowie bzw besser \
    gut gute \
    ab außer außerhalb innerhalb oberhalb unterhalb statt trotz wegen entlang gegenüber jemand \
    niemand jemals nie niemals wieder erst bereits später früher danach zusammen einander \
    selbst sogar jedoch trotzdem dennoch deshalb deswegen daher darum dabei dafür darüber davon \
    darin daran darauf dazu hierbei hierfür wobei wofür worüber wovon etwa fast ganz gar eben \
    eigentlich wirklich vielleicht wahrscheinlich einige manche mehrere beide \
    derselbe dieselbe dasselbe solche solcher solches
    """)
}
