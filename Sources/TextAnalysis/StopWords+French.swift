extension StopWords {
    static let french = folded("""
    le la les un une des du de d l au aux et ou mais donc or ni car que qui quoi dont où ce cet \
    cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il elle on \
    nous vous ils elles me te se lui eux moi toi y en ne pas plus moins très trop peu bien mal \
    aussi encore déjà toujours souvent parfois est sont était étaient être été avoir ai as avons \
    avez ont avait avaient fait faire faut doit doivent devons devez pouvoir peut peuvent pouvons \
    voudrions voudraient souhaitons souhaitent souhaite veut veulent dans sur sous avec sans pour \
    par chez vers entre contre depuis pendant avant après selon lors comme si quand comment \
    pourquoi tout tous toute toutes autre autres même mêmes chaque quelque quelques aucun aucune \
    qu jusqu lorsqu puisqu quel quelle quels quelles cela ça ceci celui celle ceux celles ici là \
    afin ainsi alors car donc mieux besoin \
    dessus dessous devant derrière auprès parmi malgré sauf durant envers hors jamais rien \
    chacun chacune plusieurs certains certaines tel telle tels telles lequel laquelle \
    lesquels lesquelles duquel auquel auxquels cependant pourtant toutefois néanmoins puis \
    ensuite enfin ailleurs partout beaucoup assez tant tellement presque environ surtout \
    vraiment
    """)
}
