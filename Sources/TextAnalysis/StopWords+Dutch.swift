extension StopWords {
    static let dutch = folded("""
    de het een en of maar want dus dan als om te van voor in op aan met bij naar uit over onder \
    tegen tussen door tot sinds zonder binnen buiten na per via dat die dit deze wat wie welk \
    welke waar wanneer hoe waarom ik je jij u hij zij ze wij we jullie hun hen hem haar mij me \
    mijn jouw uw zijn onze ons er hier daar niet geen wel ook nog al heel zeer meer minder veel \
    weinig is was waren ben bent zijn wordt worden werd werden heeft hebben had hadden kan kunnen \
    kon konden moet moeten moest zal zullen zou zouden wil willen wilde mag mogen doen doet deed \
    gaat gaan zo toe even vooral steeds vaak soms graag alle alles iets niets iemand elk elke \
    ieder iedere andere ander eigen zelf zich hoe nu toen omdat zodat terwijl hoewel indien \
    tijdens volgens wordt daarbij daarom daardoor daarna dient dienen beter goed goede \
    achter boven beneden naast langs rond rondom voorbij tegenover altijd nooit meestal weer \
    opnieuw later eerst eerder straks samen elkaar mekaar zelfs echter toch reeds pas net erg \
    zulke zulk dergelijke iedereen niemand allemaal beide enkele sommige meeste velen \
    misschien waarschijnlijk eigenlijk gewoon zeker hierbij hiervoor daarvoor waarvoor waarbij \
    ermee daarmee hiermee waarmee erover daarover hierover waarover ervan daarvan hiervan \
    waarvan erin daarin hierin waarin dezelfde hetzelfde zoals ofwel noch hoeveel zodra totdat \
    voordat nadat alsof
    """)
}
