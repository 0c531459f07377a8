namespace SearchAbstracts.Ingest;

/// <summary>The LaTeX accents, letters and symbols that BibTeX exports use, as Unicode.</summary>
internal static class LatexSymbols
{
    /// <summary>
    /// Accent commands: the combining mark each puts on the letter after it (<c>\"o</c> is o + U+0308), and the
    /// precomposed letters as pairs (<c>oö</c>), since <see cref="string.Normalize()"/> does nothing under
    /// InvariantGlobalization. Generated from Unicode's NFC compositions of ASCII letters.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, LatexAccent> Accents = new Dictionary<string, LatexAccent>(StringComparer.Ordinal)
    {
        ["'"] = new('\u0301', "aácćeégǵiíkḱlĺmḿnńoópṕrŕsśuúwẃyýzźAÁCĆEÉGǴIÍKḰLĹMḾNŃOÓPṔRŔSŚUÚWẂYÝZŹ"),
        ["`"] = new('\u0300', "aàeèiìnǹoòuùwẁyỳAÀEÈIÌNǸOÒUÙWẀYỲ"),
        ["^"] = new('\u0302', "aâcĉeêgĝhĥiîjĵoôsŝuûwŵyŷzẑAÂCĈEÊGĜHĤIÎJĴOÔSŜUÛWŴYŶZẐ"),
        ["\""] = new('\u0308', "aäeëhḧiïoötẗuüwẅxẍyÿAÄEËHḦIÏOÖUÜWẄXẌYŸ"),
        ["~"] = new('\u0303', "aãeẽiĩnñoõuũvṽyỹAÃEẼIĨNÑOÕUŨVṼYỸ"),
        ["="] = new('\u0304', "aāeēgḡiīoōuūyȳAĀEĒGḠIĪOŌUŪYȲ"),
        ["."] = new('\u0307', "aȧbḃcċdḋeėfḟgġhḣmṁnṅoȯpṗrṙsṡtṫwẇxẋyẏzżAȦBḂCĊDḊEĖFḞGĠHḢIİMṀNṄOȮPṖRṘSṠTṪWẆXẊYẎZŻ"),
        ["u"] = new('\u0306', "aăeĕgğiĭoŏuŭAĂEĔGĞIĬOŎUŬ"),
        ["v"] = new('\u030C', "aǎcčdďeěgǧhȟiǐjǰkǩlľnňoǒrřsštťuǔzžAǍCČDĎEĚGǦHȞIǏKǨLĽNŇOǑRŘSŠTŤUǓZŽ"),
        ["H"] = new('\u030B', "oőuűOŐUŰ"),
        ["c"] = new('\u0327', "cçdḑeȩgģhḩkķlļnņrŗsştţCÇDḐEȨGĢHḨKĶLĻNŅRŖSŞTŢ"),
        ["k"] = new('\u0328', "aąeęiįoǫuųAĄEĘIĮOǪUŲ"),
        ["r"] = new('\u030A', "aåuůwẘyẙAÅUŮ"),
        ["d"] = new('\u0323', "aạbḅdḍeẹhḥiịkḳlḷmṃnṇoọrṛsṣtṭuụvṿwẉyỵzẓAẠBḄDḌEẸHḤIỊKḲLḶMṂNṆOỌRṚSṢTṬUỤVṾWẈYỴZẒ"),
        ["b"] = new('\u0331', "bḇdḏhẖkḵlḻnṉrṟtṯzẕBḆDḎKḴLḺNṈRṞTṮZẔ"),
    };

    /// <summary>
    /// Control words that stand for a letter inside a word (<c>\o</c> in <c>{\O}rsted</c>): TeX drops the space
    /// after them, so <c>Stra\ss e</c> reads <c>Straße</c>.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Letters = Table(
    [
        ("ss", "ß"), ("o", "ø"), ("O", "Ø"), ("ae", "æ"), ("AE", "Æ"), ("oe", "œ"), ("OE", "Œ"), ("aa", "å"),
        ("AA", "Å"), ("l", "ł"), ("L", "Ł"), ("i", "i"), ("j", "j"), ("dh", "ð"), ("DH", "Ð"), ("th", "þ"),
        ("TH", "Þ"), ("ng", "ŋ"), ("NG", "Ŋ"),
    ]);

    /// <summary>Control words for punctuation and names, replaced by their text; the space after them is kept.</summary>
    public static readonly IReadOnlyDictionary<string, string> Words = Table(
    [
        ("ldots", "…"), ("dots", "…"), ("textendash", "–"), ("textemdash", "—"), ("textquoteright", "’"),
        ("textquoteleft", "‘"), ("textquotedblleft", "“"), ("textquotedblright", "”"), ("textregistered", "®"),
        ("texttrademark", "™"), ("copyright", "©"), ("textcopyright", "©"), ("S", "§"), ("P", "¶"),
        ("textdegree", "°"), ("textbackslash", "\\"), ("textasciitilde", "~"), ("textbar", "|"), ("textless", "<"),
        ("textgreater", ">"), ("textunderscore", "_"), ("textbullet", "•"), ("LaTeX", "LaTeX"), ("TeX", "TeX"),
        ("BibTeX", "BibTeX"), ("par", "\n\n"), ("newline", " "), ("quad", " "), ("qquad", " "), ("relax", ""),
        ("protect", ""),
    ]);

    /// <summary>
    /// Commands whose argument is the text itself (<c>\textit{word}</c> reads <c>word</c>); an unknown command
    /// followed by a braced argument is read the same way, so these only list the ones seen most.
    /// </summary>
    public static readonly IReadOnlySet<string> Formatting = new HashSet<string>(StringComparer.Ordinal)
    {
        "textit", "emph", "textbf", "textrm", "textsc", "texttt", "textsf", "textsl", "textup", "textnormal",
        "mbox", "text", "url", "textsuperscript", "textsubscript", "mathrm", "mathit", "mathbf", "it", "bf",
        "em", "sc", "rm", "tt", "sf", "sl", "normalfont", "small", "footnotesize", "NoCaseChange", "MakeUppercase",
        "MakeLowercase", "uppercase", "lowercase", "ensuremath", "hbox",
    };

    private static Dictionary<string, string> Table(IEnumerable<(string Command, string Text)> rows) =>
        rows.ToDictionary(r => r.Command, r => r.Text, StringComparer.Ordinal);
}
