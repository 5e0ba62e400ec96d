// Generated from the ISO 3166-1 table (with French, Spanish, Portuguese, German, Italian and Catalan names);
// names are normalised as `CountryCode.normalisedName(_:)` does: lowercase, no accents, no parentheses, single spaces.

extension CountryCode {
    /// Every ISO 3166-1 country: alpha-2, alpha-3 and the names it is known by.
    static let table: [(alpha2: String, alpha3: String, names: [String])] = [
        ("AW", "ABW", ["aruba"]),
        (
            "AF", "AFG",
            [
                "afeganistao", "afganistan", "afghanistan", "islamic republic of afghanistan",
                "islamische republik afghanistan", "repubblica islamica dell afghanistan",
                "republica islamica d afganistan", "republica islamica de afganistan",
                "republica islamica do afeganistao", "republique islamique d afghanistan",
            ]
        ),
        (
            "AO", "AGO",
            [
                "angola", "repubblica d angola", "republic of angola", "republica d angola", "republica de angola",
                "republik angola", "republique d angola",
            ]
        ),
        ("AI", "AIA", ["anguila", "anguilla"]),
        (
            "AX", "ALA",
            [
                "aland iles", "aland inseln", "aland islands", "ilhas alanda", "illes aland", "islas aland",
                "isole aland",
            ]
        ),
        (
            "AL", "ALB",
            [
                "albania", "albanie", "albanien", "repubblica d albania", "republic of albania", "republica d albania",
                "republica da albania", "republica de albania", "republik albanien", "republique d albanie",
            ]
        ),
        (
            "AD", "AND",
            [
                "andorra", "andorre", "furstentum andorra", "principado de andorra", "principality of andorra",
                "principat d andorra", "principato d andorra", "principaute d andorre",
            ]
        ),
        (
            "AE", "ARE",
            [
                "emirados arabes unidos", "emirati arabi uniti", "emiratos arabes unidos", "emirats arabes unis",
                "emirats arabs units", "united arab emirates", "vereinigte arabische emirate",
            ]
        ),
        (
            "AR", "ARG",
            [
                "argentina", "argentine", "argentine republic", "argentinien", "argentinische republik",
                "repubblica argentina", "republica argentina", "republique d argentine",
            ]
        ),
        (
            "AM", "ARM",
            [
                "armenia", "armenie", "armenien", "repubblica d armenia", "republic of armenia", "republica d armenia",
                "republica da armenia", "republica de armenia", "republik armenien", "republique d armenie",
            ]
        ),
        (
            "AS", "ASM",
            [
                "american samoa", "amerikanisch samoa", "samoa americaines", "samoa americana", "samoa americane",
                "samoa estadounidense",
            ]
        ),
        ("AQ", "ATA", ["antarctica", "antarctique", "antarktis", "antartida", "antartide"]),
        (
            "TF", "ATF",
            [
                "franzosische sud und antarktisgebiete", "french southern territories", "terres australes francaises",
                "terres australs antartiques franceses", "territori francesi meridionali",
                "territorios franceses del sur", "territorios franceses do sul",
            ]
        ),
        (
            "AG", "ATG",
            [
                "antigua and barbuda", "antigua e barbuda", "antigua et barbuda", "antigua i barbuda",
                "antigua und barbuda", "antigua y barbuda",
            ]
        ),
        ("AU", "AUS", ["australia", "australie", "australien"]),
        (
            "AT", "AUT",
            [
                "austria", "autriche", "osterreich", "repubblica d austria", "republic of austria",
                "republica d austria", "republica da austria", "republica de austria", "republik osterreich",
                "republique d autriche",
            ]
        ),
        (
            "AZ", "AZE",
            [
                "aserbaidschan", "azerbaidjan", "azerbaigian", "azerbaijan", "azerbaijao", "azerbaiyan",
                "repubblica dell azerbaigian", "republic of azerbaijan", "republica d azerbaidjan",
                "republica de azerbaiyan", "republica do azerbaijao", "republik aserbaidschan",
                "republique d azerbaidjan",
            ]
        ),
        (
            "BI", "BDI",
            [
                "burundi", "repubblica del burundi", "republic of burundi", "republica de burundi",
                "republica do burundi", "republik burundi", "republique du burundi",
            ]
        ),
        (
            "BE", "BEL",
            [
                "belgica", "belgien", "belgio", "belgique", "belgium", "kingdom of belgium", "konigreich belgien",
                "regne de belgica", "regno del belgio", "reino da belgica", "reino de belgica", "royaume de belgique",
            ]
        ),
        (
            "BJ", "BEN",
            [
                "benim", "benin", "repubblica del benin", "republic of benin", "republica de benin",
                "republica do benim", "republik benin", "republique du benin",
            ]
        ),
        (
            "BQ", "BES",
            [
                "bonaire saint eustache et saba", "bonaire santo eustaquio e saba", "bonaire sint eustatius and saba",
                "bonaire sint eustatius i saba", "bonaire sint eustatius und saba", "islas bes",
                "paesi bassi caraibici",
            ]
        ),
        ("BF", "BFA", ["burkina faso", "burquina faso"]),
        (
            "BD", "BGD",
            [
                "bangladeche", "banglades", "bangladesch", "bangladesh", "people s republic of bangladesh",
                "repubblica popolare del bangladesh", "republica popular de banglades",
                "republica popular de bangladesh", "republica popular do bangladeche",
                "republique populaire du bengladesh", "volksrepublik bangladesh",
            ]
        ),
        (
            "BG", "BGR",
            [
                "bulgaria", "bulgarie", "bulgarien", "repubblica di bulgaria", "republic of bulgaria",
                "republica da bulgaria", "republica de bulgaria", "republik bulgarien", "republique de bulgarie",
            ]
        ),
        (
            "BH", "BHR",
            [
                "bahrain", "bahrein", "barein", "barem", "kingdom of bahrain", "konigreich bahrain", "regne de bahrain",
                "regno del bahrein", "reino de barein", "reino do barem", "royaume de bahrein",
            ]
        ),
        (
            "BS", "BHS",
            [
                "bahamas", "bahames", "commonwealth de las bahamas", "commonwealth de les bahames",
                "commonwealth delle bahamas", "commonwealth der bahamas", "commonwealth des bahamas",
                "commonwealth of the bahamas", "comunidade das bahamas",
            ]
        ),
        (
            "BA", "BIH",
            [
                "bosnia and herzegovina", "bosnia e herzegovina", "bosnia ed erzegovina", "bosnia erzegovina",
                "bosnia i hercegovina", "bosnia y herzegovina", "bosnie herzegovine", "bosnien und herzegowina",
                "republic of bosnia and herzegovina", "republica da bosnia herzegovina",
                "republica de bosnia i hercegovina", "republica de bosnia y hercegovina",
                "republique de bosnie et herzegovine",
            ]
        ),
        ("BL", "BLM", ["saint barthelemy", "san bartolome"]),
        (
            "BY", "BLR",
            [
                "belarus", "bielorrusia", "bielorussia", "repubblica di bielorussia", "republic of belarus",
                "republica da bielorussia", "republica de belarus", "republica de bielorrusia", "republik belarus",
                "republique du belarus",
            ]
        ),
        ("BZ", "BLZ", ["belice", "belize"]),
        ("BM", "BMU", ["bermuda", "bermudas", "bermudes", "islas bermudas"]),
        (
            "BO", "BOL",
            [
                "bolivia", "bolivia estado plurinacional da", "bolivia estado plurinacional de",
                "bolivia estat plurinacional de", "bolivia plurinational state of",
                "bolivia stato plurinazionale della", "bolivie", "bolivie etat plurinational de", "bolivien",
                "bolivien plurinationaler staat", "estado plurinacional da bolivia", "estado plurinacional de bolivia",
                "estat plurinacional de bolivia", "etat plurinational de bolivie", "plurinational state of bolivia",
                "plurinationaler staat bolivien", "stato plurinazionale della bolivia",
            ]
        ),
        (
            "BR", "BRA",
            [
                "brasil", "brasile", "brasilien", "brazil", "bresil", "federative republic of brazil",
                "foderative republik brasilien", "repubblica federale del brasile", "republica federal del brasil",
                "republica federativa de brasil", "republica federativa do brasil", "republique federale du bresil",
            ]
        ),
        ("BB", "BRB", ["barbade", "barbados"]),
        ("BN", "BRN", ["brunei", "brunei darussalam"]),
        (
            "BT", "BTN",
            [
                "bhoutan", "bhutan", "butan", "butao", "kingdom of bhutan", "konigreich bhutan", "regne de bhutan",
                "regno del bhutan", "reino de butan", "reino do butao", "royaume du bouthan",
            ]
        ),
        (
            "BV", "BVT",
            [
                "bouvet insel", "bouvet island", "ile bouvet", "ilha bouvet", "illa bouvet", "isla bouvet",
                "isola bouvet",
            ]
        ),
        (
            "BW", "BWA",
            [
                "botsuana", "botswana", "repubblica del botswana", "republic of botswana", "republica de botsuana",
                "republica de botswana", "republica do botsuana", "republik botsuana", "republique du botswana",
            ]
        ),
        (
            "CF", "CAF",
            [
                "central african republic", "repubblica centrafricana", "republica centreafricana",
                "republica centro africana", "republica centroafricana", "republique centrafricaine",
                "zentralafrikanische republik",
            ]
        ),
        ("CA", "CAN", ["canada", "kanada"]),
        (
            "CC", "CCK",
            ["cocos iles", "cocos islands", "ilhas cocos", "illes cocos", "islas cocos", "isole cocos", "kokos inseln"]
        ),
        (
            "CH", "CHE",
            [
                "confederacao suica", "confederacio suissa", "confederacion suiza", "confederation helvetique",
                "confederazione svizzera", "schweiz", "schweizerische eidgenossenschaft", "suica", "suissa", "suisse",
                "suiza", "svizzera", "swiss confederation", "switzerland",
            ]
        ),
        (
            "CL", "CHL",
            [
                "chile", "chili", "cile", "repubblica del cile", "republic of chile", "republica de chile",
                "republica de xile", "republica do chile", "republik chile", "republique du chili", "xile",
            ]
        ),
        (
            "CN", "CHN",
            [
                "china", "chine", "cina", "people s republic of china", "repubblica popolare cinese",
                "republica popular china", "republica popular da china", "republica popular de la xina",
                "republique populaire de chine", "volksrepublik china", "xina",
            ]
        ),
        (
            "CI", "CIV",
            [
                "costa d avorio", "costa d ivori", "costa de marfil", "costa do marfim", "cote d ivoire",
                "repubblica della costa d avorio", "republic of cote d ivoire", "republica da costa do marfim",
                "republica de costa de marfil", "republica de la costa d ivori", "republik cote d ivoire",
                "republique de cote d ivoire",
            ]
        ),
        (
            "CM", "CMR",
            [
                "camaroes", "cameroon", "cameroun", "camerun", "kamerun", "repubblica del camerun",
                "republic of cameroon", "republica del camerun", "republica dos camaroes", "republik kamerun",
                "republique du cameroun",
            ]
        ),
        (
            "CD", "COD",
            [
                "congo republica democratica del", "congo republica democratica do",
                "congo the democratic republic of the", "demokratische republik kongo",
                "repubblica democratica del congo", "republica democratica del congo",
                "republique democratique du congo",
            ]
        ),
        (
            "CG", "COG",
            [
                "congo", "kongo", "repubblica del congo", "republic of the congo", "republica del congo",
                "republica do congo", "republik kongo", "republique du congo",
            ]
        ),
        (
            "CK", "COK",
            ["cook islands", "cookinseln", "iles cook", "ilhas cook", "illes cook", "islas cook", "isole cook"]
        ),
        (
            "CO", "COL",
            [
                "colombia", "colombie", "kolumbien", "repubblica di colombia", "republic of colombia",
                "republica da colombia", "republica de colombia", "republik kolumbien", "republique de colombie",
            ]
        ),
        (
            "KM", "COM",
            [
                "comore", "comores", "comores islas", "comoros", "komoren", "uniao das comores", "unio de les comores",
                "union de las comores", "union des comores", "union of the comoros", "unione delle comore",
                "vereinigung der komoren",
            ]
        ),
        (
            "CV", "CPV",
            [
                "cabo verde", "cap verd", "cap vert", "capo verde", "kap verde", "repubblica di capo verde",
                "republic of cabo verde", "republica de cabo verde", "republica de cap verd", "republik kap verde",
                "republique du cap vert",
            ]
        ),
        (
            "CR", "CRI",
            [
                "costa rica", "repubblica di costa rica", "republic of costa rica", "republica da costa rica",
                "republica de costa rica", "republik costa rica", "republique du costa rica",
            ]
        ),
        (
            "CU", "CUB",
            [
                "cuba", "kuba", "repubblica di cuba", "republic of cuba", "republica de cuba", "republik kuba",
                "republique de cuba",
            ]
        ),
        ("CW", "CUW", ["curacao", "curazao"]),
        (
            "CX", "CXR",
            [
                "christmas ile", "christmas island", "ilha natal", "illa christmas", "isla de navidad",
                "isola di natale", "weihnachtsinseln",
            ]
        ),
        (
            "KY", "CYM",
            [
                "cayman inseln", "cayman islands", "iles caimans", "ilhas caimao", "illes caiman", "islas caiman",
                "isole cayman",
            ]
        ),
        (
            "CY", "CYP",
            [
                "chipre", "chypre", "cipro", "cyprus", "repubblica di cipro", "republic of cyprus",
                "republica de chipre", "republica de xipre", "republik zypern", "republique de chypre", "xipre",
                "zypern",
            ]
        ),
        (
            "CZ", "CZE",
            [
                "cechia", "chequia", "czech republic", "czechia", "repubblica ceca", "republica checa",
                "republica txeca", "republique tcheque", "tchequie", "tschechien", "tschechische republik", "txequia",
            ]
        ),
        (
            "DE", "DEU",
            [
                "alemanha", "alemania", "alemanya", "allemagne", "bundesrepublik deutschland", "deutschland",
                "federal republic of germany", "germania", "germany", "repubblica federale di germania",
                "republica federal d alemanya", "republica federal da alemanha", "republica federal de alemania",
                "republique federale d allemagne",
            ]
        ),
        (
            "DJ", "DJI",
            [
                "djibouti", "dschibuti", "gibuti", "repubblica di gibuti", "republic of djibouti",
                "republica de djibouti", "republica de yibuti", "republica do djibouti", "republik dschibuti",
                "republique de djibouti", "yibuti",
            ]
        ),
        (
            "DM", "DMA",
            [
                "commonwealth de dominica", "commonwealth de la dominique", "commonwealth di dominica",
                "commonwealth dominica", "commonwealth of dominica", "comunidade da dominica", "dominica", "dominique",
            ]
        ),
        (
            "DK", "DNK",
            [
                "danemark", "danimarca", "denmark", "dinamarca", "kingdom of denmark", "konigreich danemark",
                "regne de dinamarca", "regno di danimarca", "reino da dinamarca", "reino de dinamarca",
                "royaume du danemark",
            ]
        ),
        (
            "DO", "DOM",
            [
                "dominican republic", "dominikanische republik", "repubblica dominicana", "republica dominicana",
                "republique dominicaine",
            ]
        ),
        (
            "DZ", "DZA",
            [
                "algeria", "algerie", "algerien", "argelia", "demokratische volksrepublik algerien",
                "people s democratic republic of algeria", "repubblica democratica popolare di algeria",
                "republica democratica e popular da argelia", "republica democratica popular d algeria",
                "republica democratica popular de argelia", "republique algerienne democratique et populaire",
            ]
        ),
        (
            "EC", "ECU",
            [
                "ecuador", "equador", "equateur", "repubblica dell ecuador", "republic of ecuador",
                "republica d equador", "republica del ecuador", "republica do equador", "republik ecuador",
                "republique d equateur",
            ]
        ),
        (
            "EG", "EGY",
            [
                "agypten", "arab republic of egypt", "arabische republik agypten", "egipte", "egipto", "egito",
                "egitto", "egypt", "egypte", "repubblica araba d egitto", "republica arab d egipte",
                "republica arabe de egipto", "republica arabe do egito", "republique arabe d egypte",
            ]
        ),
        (
            "ER", "ERI",
            [
                "eritrea", "eritreia", "erythree", "estado de eritrea", "estados da eritreia", "estat d eritrea",
                "l etat d erythree", "staat eritrea", "stato di eritrea", "the state of eritrea",
            ]
        ),
        ("EH", "ESH", ["saara ocidental", "sahara occidental", "sahara occidentale", "western sahara", "westsahara"]),
        (
            "ES", "ESP",
            [
                "espagne", "espana", "espanha", "espanya", "kingdom of spain", "konigreich spanien", "regne d espanya",
                "regno di spagna", "reino de espana", "reino de espanha", "royaume d espagne", "spagna", "spain",
                "spanien",
            ]
        ),
        (
            "EE", "EST",
            [
                "estland", "estonia", "estonie", "repubblica d estonia", "republic of estonia", "republica d estonia",
                "republica da estonia", "republica de estonia", "republik estland", "republique d estonie",
            ]
        ),
        (
            "ET", "ETH",
            [
                "athiopien", "demokratische bundesrepublik athiopien", "ethiopia", "ethiopie", "etiopia",
                "federal democratic republic of ethiopia", "repubblica federale democratica d etiopia",
                "republica democratica federal da etiopia", "republica federal democratica d etiopia",
                "republica federal democratica de etiopia", "republique federale democratique d ethiopie",
            ]
        ),
        (
            "FI", "FIN",
            [
                "finland", "finlande", "finlandia", "finnland", "repubblica di finlandia", "republic of finland",
                "republica da finlandia", "republica de finlandia", "republik finnland", "republique de finlande",
            ]
        ),
        (
            "FJ", "FJI",
            [
                "fidji", "fidschi", "figi", "fiji", "fiyi", "repubblica di figi", "republic of fiji",
                "republica das fiji", "republica de fiji", "republica de fiyi", "republik fidschi",
                "republique des fidji",
            ]
        ),
        (
            "FK", "FLK",
            [
                "falkland islands", "falklandinseln", "ilhas falkland", "illes falkland", "islas falkland",
                "isole falkland", "malouines iles",
            ]
        ),
        (
            "FR", "FRA",
            [
                "franca", "france", "francia", "frankreich", "franzosische republik", "french republic",
                "repubblica francese", "republica francesa", "republique francaise",
            ]
        ),
        (
            "FO", "FRO",
            [
                "faroe islands", "faroer inseln", "iles feroe", "ilhas faroe", "illes feroe", "islas feroe",
                "isole f r er",
            ]
        ),
        (
            "FM", "FSM",
            [
                "estados federados da micronesia", "estados federados de micronesia", "estats federats de micronesia",
                "etats federes de micronesie", "federated states of micronesia", "foderierte staaten von mikronesien",
                "micronesia", "micronesia estados federados da", "micronesia estados federados de",
                "micronesia estats federats de", "micronesia federated states of", "micronesie etats federes de",
                "mikronesien foderierte staaten von", "stati federati di micronesia",
            ]
        ),
        (
            "GA", "GAB",
            [
                "gabao", "gabon", "gabonese republic", "gabun", "gabunische republik", "repubblica gabonese",
                "republica gabonesa", "republique gabonaise",
            ]
        ),
        (
            "GB", "GBR",
            [
                "england", "great britain", "regne unit", "regne unit de la gran bretanya i irlanda del nord",
                "regno unito", "regno unito di gran bretagna e d irlanda del nord", "reino unido",
                "reino unido da gra bretanha e irlanda do norte", "reino unido de gran bretana e irlanda del norte",
                "royaume uni", "royaume uni de grande bretagne et d irlande du nord", "scotland", "uk",
                "united kingdom", "united kingdom of great britain and northern ireland", "vereinigtes konigreich",
                "vereinigtes konigreich gro britannien und nordirland", "wales",
            ]
        ),
        ("GE", "GEO", ["georgia", "georgie", "georgien"]),
        ("GG", "GGY", ["guernesey", "guernsey"]),
        (
            "GH", "GHA",
            [
                "gana", "ghana", "repubblica del ghana", "republic of ghana", "republica de ghana", "republica do gana",
                "republik ghana", "republique du ghana",
            ]
        ),
        ("GI", "GIB", ["gibilterra", "gibraltar"]),
        (
            "GN", "GIN",
            [
                "guine", "guinea", "guinee", "repubblica di guinea", "republic of guinea", "republica da guine",
                "republica de guinea", "republik guinea", "republique de guinee",
            ]
        ),
        ("GP", "GLP", ["guadalupa", "guadalupe", "guadeloupe"]),
        (
            "GM", "GMB",
            [
                "gambia", "gambie", "repubblica del gambia", "republic of the gambia", "republica da gambia",
                "republica de gambia", "republica de zambia", "republik gambia", "republique de gambie",
            ]
        ),
        (
            "GW", "GNB",
            [
                "guine bissau", "guinea bisau", "guinea bissau", "guinee bissau", "repubblica di guinea bissau",
                "republic of guinea bissau", "republica da guine bissau", "republica de guinea bissau",
                "republik guinea bissau", "republique de guinee bissau",
            ]
        ),
        (
            "GQ", "GNQ",
            [
                "aquatorialguinea", "equatorial guinea", "guine equatorial", "guinea ecuatorial", "guinea equatorial",
                "guinea equatoriale", "guinee equatoriale", "repubblica della guinea equatoriale",
                "republic of equatorial guinea", "republica da guine equatorial", "republica de guinea ecuatorial",
                "republica de guinea equatorial", "republik aquatorialguinea", "republique de guinee equatoriale",
            ]
        ),
        (
            "GR", "GRC",
            [
                "grece", "grecia", "greece", "griechenland", "hellenic republic", "hellenische republik",
                "repubblica ellenica", "republica hel lenica", "republica helenica", "republique grecque",
            ]
        ),
        ("GD", "GRD", ["granada", "grenada", "grenade"]),
        ("GL", "GRL", ["greenland", "groenland", "groenlandia", "gronelandia", "gronland"]),
        (
            "GT", "GTM",
            [
                "guatemala", "repubblica del guatemala", "republic of guatemala", "republica da guatemala",
                "republica de guatemala", "republik guatemala", "republique du guatemala",
            ]
        ),
        (
            "GF", "GUF",
            [
                "franzosisch guyana", "french guiana", "guaiana francesa", "guayana francesa", "guiana francesa",
                "guyana francese", "guyane francaise",
            ]
        ),
        ("GU", "GUM", ["guam"]),
        (
            "GY", "GUY",
            [
                "guiana", "guyana", "kooperative republik guyana", "repubblica cooperativa di guyana",
                "republic of guyana", "republica cooperativa de guyana", "republica da guiana", "republica de guyana",
                "republique de guyana",
            ]
        ),
        (
            "HK", "HKG",
            [
                "hong kong", "hong kong regiao de administracao especial da china",
                "hong kong special administrative region of china", "hongkong",
                "regio administrativa especial xinesa de hong kong",
                "region administrativa especial china de hong kong",
                "region speciale administrative chinoise de hong kong",
                "regione amministrativa speciale di hong kong della repubblica popolare cinese",
                "sonderverwaltungsregion hongkong",
            ]
        ),
        (
            "HM", "HMD",
            [
                "heard island and mcdonald islands", "heard und mcdonaldinseln", "iles heard et macdonald",
                "ilha heard e ilhas mcdonald", "illes heard i mcdonald", "isla heard e islas mcdonald",
                "isole heard e mcdonald",
            ]
        ),
        (
            "HN", "HND",
            [
                "honduras", "hondures", "repubblica dell honduras", "republic of honduras", "republica d hondures",
                "republica das honduras", "republica de honduras", "republik honduras", "republique du honduras",
            ]
        ),
        (
            "HR", "HRV",
            [
                "croacia", "croatia", "croatie", "croazia", "kroatien", "repubblica di croazia", "republic of croatia",
                "republica da croacia", "republica de croacia", "republik kroatien", "republique de croatie",
            ]
        ),
        (
            "HT", "HTI",
            [
                "haiti", "repubblica di haiti", "republic of haiti", "republica d haiti", "republica de haiti",
                "republica do haiti", "republik haiti", "republique de haiti",
            ]
        ),
        ("HU", "HUN", ["hongria", "hongrie", "hungary", "hungria", "ungarn", "ungheria"]),
        (
            "ID", "IDN",
            [
                "indonesia", "indonesie", "indonesien", "repubblica d indonesia", "republic of indonesia",
                "republica d indonesia", "republica da indonesia", "republica de indonesia", "republik indonesien",
                "republique d indonesie",
            ]
        ),
        (
            "IM", "IMN",
            ["ile de man", "ilha de man", "illa de man", "insel man", "isla de man", "isle of man", "isola di man"]
        ),
        (
            "IN", "IND",
            [
                "inde", "india", "indien", "repubblica dell india", "republic of india", "republica da india",
                "republica de l india", "republica de la india", "republik indien", "republique d inde",
            ]
        ),
        (
            "IO", "IOT",
            [
                "britisches territorium im indischen ozean", "british indian ocean territory",
                "territoire britannique de l ocean indien", "territori britanic de l ocea indic",
                "territorio britanico del oceano indico", "territorio britanico do oceano indico",
                "territorio britannico dell oceano indiano",
            ]
        ),
        ("IE", "IRL", ["ireland", "irland", "irlanda", "irlande"]),
        (
            "IR", "IRN",
            [
                "iran", "iran islamic republic of", "iran islamische republik", "iran republica islamica de",
                "iran republique islamique d", "irao", "irao republica islamica do", "islamic republic of iran",
                "islamische republik iran", "repubblica islamica dell iran", "republica islamica de iran",
                "republica islamica de l iran", "republica islamica do irao", "republique islamique d iran",
            ]
        ),
        (
            "IQ", "IRQ",
            [
                "irak", "iraq", "iraque", "repubblica d iraq", "republic of iraq", "republica de irak",
                "republica de l iraq", "republica do iraque", "republik irak", "republique d iraq",
            ]
        ),
        (
            "IS", "ISL",
            [
                "iceland", "island", "islanda", "islande", "islandia", "repubblica d islanda", "republic of iceland",
                "republica d islandia", "republica da islandia", "republica de islandia", "republik island",
                "republique d islande",
            ]
        ),
        (
            "IL", "ISR",
            [
                "estado de israel", "estat d israel", "etat d israel", "israel", "israele", "staat israel",
                "state of israel", "stato d israele",
            ]
        ),
        (
            "IT", "ITA",
            [
                "italia", "italian republic", "italie", "italien", "italienische republik", "italy",
                "repubblica italiana", "republica italiana", "republique italienne",
            ]
        ),
        ("JM", "JAM", ["giamaica", "jamaica", "jamaika", "jamaique"]),
        ("JE", "JEY", ["jersey"]),
        (
            "JO", "JOR",
            [
                "giordania", "haschemitisches konigreich jordanien", "hashemite kingdom of jordan", "jordan",
                "jordania", "jordanie", "jordanien", "regne haiximita de jordania", "regno hascimita di giordania",
                "reino hachemi de jordania", "reino hachemita da jordania", "royaume hachemite de jordanie",
            ]
        ),
        ("JP", "JPN", ["giappone", "japan", "japao", "japo", "japon"]),
        (
            "KZ", "KAZ",
            [
                "cazaquistao", "kasachstan", "kazajistan", "kazakhstan", "kazakistan", "repubblica del kazakistan",
                "republic of kazakhstan", "republica de kazajistan", "republica del kazakhstan",
                "republica do cazaquistao", "republik kasachstan", "republique du kazakhstan",
            ]
        ),
        (
            "KE", "KEN",
            [
                "kenia", "kenya", "quenia", "repubblica del kenya", "republic of kenya", "republica de kenia",
                "republica de kenya", "republica do quenia", "republik kenia", "republique du kenya",
            ]
        ),
        (
            "KG", "KGZ",
            [
                "kirghizistan", "kirgisische republik", "kirgisistan", "kirguistan", "kirguizstan", "kyrgyz republic",
                "kyrgyzstan", "quirguistao", "repubblica del kirghizistan", "republica del kirguizstan",
                "republica do quirgistao", "republica kirguiza", "republique kirghize",
            ]
        ),
        (
            "KH", "KHM",
            [
                "cambodge", "cambodia", "cambodja", "cambogia", "camboja", "camboya", "kambodscha",
                "kingdom of cambodia", "konigreich kambodscha", "regne de cambodja", "regno di cambogia",
                "reino de camboya", "reino do camboja", "royaume du cambodge",
            ]
        ),
        (
            "KI", "KIR",
            [
                "kiribati", "repubblica di kiribati", "republic of kiribati", "republica de kiribati",
                "republik kiribati", "republique de kiribati",
            ]
        ),
        (
            "KN", "KNA",
            [
                "saint christophe et nieves", "saint kitts and nevis", "saint kitts e nevis", "saint kitts i nevis",
                "san cristobal y nieves", "sao cristovao e nevis", "st kitts und nevis",
            ]
        ),
        (
            "KR", "KOR",
            [
                "corea del sud", "corea del sur", "corea republica de", "coree du sud", "coree republique de",
                "coreia do sul", "coreia republica da", "korea republic of", "korea republik", "south korea",
                "sudkorea",
            ]
        ),
        (
            "KW", "KWT",
            [
                "estado de kuwait", "estado do kuwait", "estat de kuwait", "etat du koweit", "koweit", "kuwait",
                "staat kuwait", "state of kuwait", "stato del kuwait",
            ]
        ),
        (
            "LA", "LAO",
            [
                "lao", "lao people s democratic republic", "lao republique democratique populaire", "laos",
                "laos demokratische volksrepublik", "republica democratica popular de lao",
                "republica democratica popular do laos",
            ]
        ),
        (
            "LB", "LBN",
            [
                "lebanese republic", "lebanon", "liban", "libanesische republik", "libano", "libanon",
                "repubblica libanese", "republica do libano", "republica libanesa", "republique libanaise",
            ]
        ),
        (
            "LR", "LBR",
            [
                "liberia", "repubblica di liberia", "republic of liberia", "republica da liberia",
                "republica de liberia", "republik liberia", "republique du liberia",
            ]
        ),
        ("LY", "LBY", ["libia", "libya", "libye", "libyen"]),
        ("LC", "LCA", ["saint lucia", "sainte lucie", "santa lucia", "st lucia"]),
        (
            "LI", "LIE",
            [
                "furstentum liechtenstein", "liechtenstein", "principado de liechtenstein",
                "principado do liechtenstein", "principality of liechtenstein", "principat de liechtenstein",
                "principato del liechtenstein", "principaute du liechtenstein",
            ]
        ),
        (
            "LK", "LKA",
            [
                "democratic socialist republic of sri lanka", "demokratische sozialistische republik sri lanka",
                "repubblica democratica socialista dello sri lanka", "republica democratica socialista do sri lanka",
                "republica socialista democratica de sri lanka", "republique democratique socialiste de sri lanka",
                "sri lanka",
            ]
        ),
        (
            "LS", "LSO",
            [
                "kingdom of lesotho", "konigreich lesotho", "lesotho", "lesoto", "regne de lesotho",
                "regno del lesotho", "reino de lesoto", "reino do lesoto", "royaume du lesotho",
            ]
        ),
        (
            "LT", "LTU",
            [
                "litauen", "lithuania", "lituania", "lituanie", "repubblica di lituania", "republic of lithuania",
                "republica da lituania", "republica de lituania", "republik litauen", "republique de lituanie",
            ]
        ),
        (
            "LU", "LUX",
            [
                "gra ducado do luxemburgo", "gran ducado de luxemburgo", "gran ducat de luxemburg",
                "grand duche du luxembourg", "grand duchy of luxembourg", "granducato di lussemburgo",
                "gro herzogtum luxemburg", "lussemburgo", "luxembourg", "luxemburg", "luxemburgo",
            ]
        ),
        (
            "LV", "LVA",
            [
                "latvia", "letonia", "lettland", "lettonia", "lettonie", "repubblica di lettonia", "republic of latvia",
                "republica da letonia", "republica de letonia", "republik lettland", "republique de lettonie",
            ]
        ),
        (
            "MO", "MAC",
            [
                "macao", "macao special administrative region of china", "macau",
                "macau regiao especial de administracao chinesa", "regio administrativa especial xinesa de macau",
                "region administrativa especial china de macao", "region speciale administrative chinoise de macao",
                "regione amministrativa speciale di macao della repubblica popolare cinese",
                "sonderverwaltungsregion macao",
            ]
        ),
        ("MF", "MAF", ["saint martin", "san martin", "sao martin"]),
        (
            "MA", "MAR",
            [
                "kingdom of morocco", "konigreich marokko", "maroc", "marocco", "marokko", "marroc", "marrocos",
                "marruecos", "morocco", "regne del marroc", "regno del marocco", "reino de marrocos",
                "reino de marruecos", "royaume du maroc",
            ]
        ),
        (
            "MC", "MCO",
            [
                "furstentum monaco", "monaco", "principado de monaco", "principado do monaco", "principality of monaco",
                "principat de monaco", "principato di monaco", "principaute de monaco",
            ]
        ),
        (
            "MD", "MDA",
            [
                "moldau", "moldau republik", "moldavia", "moldavia republica da", "moldavia republica de", "moldavie",
                "moldova", "moldova republic of", "moldova republique de", "repubblica di moldavia",
                "republic of moldova", "republica da moldavia", "republica de moldavia", "republik moldau",
                "republique de moldova",
            ]
        ),
        (
            "MG", "MDG",
            [
                "madagascar", "madagaskar", "repubblica del madagascar", "republic of madagascar",
                "republica de madagascar", "republik madagaskar", "republique de madagascar",
            ]
        ),
        (
            "MV", "MDV",
            [
                "islas maldivas", "maldivas", "maldive", "maldives", "malediven", "repubblica delle maldive",
                "republic of maldives", "republica das maldivas", "republica de maldivas", "republica de maldives",
                "republik malediven", "republique des maldives",
            ]
        ),
        (
            "MX", "MEX",
            [
                "estados unidos mexicanos", "estats units mexicans", "etats unis du mexique", "messico", "mexic",
                "mexico", "mexiko", "mexique", "stati uniti messicani", "united mexican states",
                "vereinigte mexikanische staaten",
            ]
        ),
        (
            "MH", "MHL",
            [
                "iles marshall", "ilhas marshall", "illes marshall", "islas marshall", "isole marshall",
                "marshall islands", "marshallinseln", "repubblica delle isole marshall",
                "republic of the marshall islands", "republica das ilhas marshall", "republica de las islas marshall",
                "republica de les illes marshall", "republik marshallinseln", "republique des iles marshall",
            ]
        ),
        (
            "MK", "MKD",
            [
                "macedoine du nord", "macedonia del nord", "macedonia del norte", "macedonia do norte",
                "nordmazedonien", "north macedonia", "repubblica di macedonia del nord", "republic of north macedonia",
                "republica da macedonia do norte", "republica de macedonia del nord",
                "republica de macedonia del norte", "republik nordmazedonien", "republique de macedoine du nord",
            ]
        ),
        (
            "ML", "MLI",
            [
                "mali", "repubblica del mali", "republic of mali", "republica de mali", "republica do mali",
                "republik mali", "republique du mali",
            ]
        ),
        (
            "MT", "MLT",
            [
                "malta", "malte", "repubblica di malta", "republic of malta", "republica de malta", "republik malta",
                "republique de malte",
            ]
        ),
        (
            "MM", "MMR",
            [
                "birmania", "birmanie", "myanmar", "repubblica cooperativistica di myanmar", "republic of myanmar",
                "republica da birmania", "republica de la union de myanmar", "republica de myanmar", "republik myanmar",
                "republique de myanmar",
            ]
        ),
        ("ME", "MNE", ["montenegro"]),
        ("MN", "MNG", ["mongolei", "mongolia", "mongolie"]),
        (
            "MP", "MNP",
            [
                "commonwealth de las islas marianas del norte", "commonwealth de les illes marianes del nord",
                "commonwealth delle isole marianne settentrionali", "commonwealth des iles mariannes du nord",
                "commonwealth nordliche mariana inseln", "commonwealth of the northern mariana islands",
                "comunidade das ilhas marianas do norte", "iles mariannes du nord", "ilhas marianas do norte",
                "illes mariannes septentrionals", "islas marianas del norte", "isole marianne settentrionali",
                "nordliche marianen", "northern mariana islands",
            ]
        ),
        (
            "MZ", "MOZ",
            [
                "mocambic", "mocambique", "mosambik", "mozambico", "mozambique", "repubblica del mozambico",
                "republic of mozambique", "republica de mocambic", "republica de mocambique", "republica de mozambique",
                "republik mosambik", "republique du mozambique",
            ]
        ),
        (
            "MR", "MRT",
            [
                "islamic republic of mauritania", "islamische republik mauretanien", "mauretanien", "mauritania",
                "mauritanie", "repubblica islamica di mauritania", "republica islamica da mauritania",
                "republica islamica de mauritania", "republique islamique de mauritanie",
            ]
        ),
        ("MS", "MSR", ["monserrate", "montserrat"]),
        ("MQ", "MTQ", ["martinica", "martinique"]),
        (
            "MU", "MUS",
            [
                "maurice", "maurici", "mauricia", "mauricio", "mauritius", "maurizio", "repubblica di mauritius",
                "republic of mauritius", "republica de maurici", "republica de mauricias", "republica de mauricio",
                "republik mauritius", "republique de l ile maurice",
            ]
        ),
        (
            "MW", "MWI",
            [
                "malaui", "malawi", "repubblica del malawi", "republic of malawi", "republica de malawi",
                "republica do malawi", "republik malawi", "republique du malawi",
            ]
        ),
        ("MY", "MYS", ["malaisia", "malaisie", "malasia", "malaysia"]),
        ("YT", "MYT", ["mayotte"]),
        (
            "NA", "NAM",
            [
                "namibia", "namibie", "repubblica di namibia", "republic of namibia", "republica da namibia",
                "republica de namibia", "republik namibia", "republique de namibie",
            ]
        ),
        (
            "NC", "NCL",
            [
                "neukaledonien", "new caledonia", "nouvelle caledonie", "nova caledonia", "nueva caledonia",
                "nuova caledonia",
            ]
        ),
        (
            "NE", "NER",
            [
                "niger", "repubblica del niger", "republic of the niger", "republica del niger", "republica do niger",
                "republik niger", "republique du niger",
            ]
        ),
        (
            "NF", "NFK",
            [
                "ile norfolk", "ilha norfolk", "illa norfolk", "isla norfolk", "isola norfolk", "norfolk island",
                "norfolkinsel",
            ]
        ),
        (
            "NG", "NGA",
            [
                "bundesrepublik nigeria", "federal republic of nigeria", "nigeria", "repubblica federale della nigeria",
                "republica federal da nigeria", "republica federal de nigeria", "republique federale du nigeria",
            ]
        ),
        (
            "NI", "NIC",
            [
                "nicaragua", "repubblica di nicaragua", "republic of nicaragua", "republica da nicaragua",
                "republica de nicaragua", "republik nicaragua", "republique du nicaragua",
            ]
        ),
        ("NU", "NIU", ["nioue", "niue"]),
        (
            "NL", "NLD",
            [
                "holland", "kingdom of the netherlands", "konigreich der niederlande", "netherlands", "niederlande",
                "paesi bassi", "paises baixos", "paises bajos", "paisos baixos", "pays bas", "regne dels paisos baixos",
                "regno dei paesi bassi", "reino de los paises bajos", "reino dos paises baixos", "royaume des pays bas",
            ]
        ),
        (
            "NO", "NOR",
            [
                "kingdom of norway", "konigreich norwegen", "noruega", "norvege", "norvegia", "norway", "norwegen",
                "regne de noruega", "regno di norvegia", "reino da noruega", "reino de noruega", "royaume de norvege",
            ]
        ),
        (
            "NP", "NPL",
            [
                "demokratische bundesrepublik nepal", "federal democratic republic of nepal", "nepal",
                "repubblica federale democratica del nepal", "republica democratica federal do nepal",
                "republica federal democratica de nepal", "republica federal democratica del nepal",
                "republique federale democratique du nepal",
            ]
        ),
        (
            "NR", "NRU",
            [
                "nauru", "repubblica di nauru", "republic of nauru", "republica de nauru", "republik nauru",
                "republique de nauru",
            ]
        ),
        (
            "NZ", "NZL",
            [
                "neuseeland", "new zealand", "nouvelle zelande", "nova zelanda", "nova zelandia", "nueva zelanda",
                "nuova zelanda",
            ]
        ),
        (
            "OM", "OMN",
            [
                "oma", "oman", "sultanat d oman", "sultanat oman", "sultanate of oman", "sultanato de oma",
                "sultanato de oman", "sultanato dell oman",
            ]
        ),
        (
            "PK", "PAK",
            [
                "islamic republic of pakistan", "islamische republik pakistan", "pakistan", "paquistao",
                "repubblica islamica del pakistan", "republica islamica de pakistan", "republica islamica do paquistao",
                "republique islamique du pakistan",
            ]
        ),
        (
            "PA", "PAN",
            [
                "panama", "repubblica di panama", "republic of panama", "republica de panama", "republica do panama",
                "republik panama", "republique du panama",
            ]
        ),
        ("PN", "PCN", ["iles pitcairn", "pitcairn"]),
        (
            "PE", "PER",
            [
                "perou", "peru", "repubblica del peru", "republic of peru", "republica de peru", "republica del peru",
                "republica do peru", "republik peru", "republique du perou",
            ]
        ),
        (
            "PH", "PHL",
            [
                "filipinas", "filipines", "filippine", "philippinen", "philippines", "repubblica delle filippine",
                "republic of the philippines", "republica das filipinas", "republica de filipinas",
                "republica de les filipines", "republik der philippinen", "republique des philippines",
            ]
        ),
        (
            "PW", "PLW",
            [
                "palaos", "palau", "repubblica di palau", "republic of palau", "republica de palau", "republik palau",
                "republique de palau",
            ]
        ),
        (
            "PG", "PNG",
            [
                "estado independente de papua nova guine", "estado independiente de papua nueva guinea",
                "estat independent de papua nova guinea", "etat independant de papouasie nouvelle guinee",
                "independent state of papua new guinea", "papouasie nouvelle guinee", "papua neuguinea",
                "papua new guinea", "papua nova guine", "papua nova guinea", "papua nueva guinea", "papua nuova guinea",
                "stato indipendente di papua nuova guinea", "unabhangiger staat papua neuguinea",
            ]
        ),
        (
            "PL", "POL",
            [
                "poland", "polen", "pologne", "polonia", "repubblica di polonia", "republic of poland",
                "republica da polonia", "republica de polonia", "republik polen", "republique de pologne",
            ]
        ),
        ("PR", "PRI", ["porto rico", "portorico", "puerto rico"]),
        (
            "KP", "PRK",
            [
                "corea del nord", "corea del norte", "corea republica democratica popular de", "coree du nord",
                "coree republique populaire democratique de", "coreia do norte",
                "coreia republica popular democratica da", "democratic people s republic of korea",
                "demokratische volksrepublik korea", "korea democratic people s republic of",
                "korea demokratische volksrepublik", "nordkorea", "north korea",
                "repubblica democratica popolare di corea", "republica democratica popular de corea",
                "republica popular democratica da coreia", "republica popular democratica de corea",
                "republique democratique populaire de coree",
            ]
        ),
        (
            "PT", "PRT",
            [
                "portogallo", "portugal", "portugiesische republik", "portuguese republic", "repubblica del portogallo",
                "republica portuguesa", "republique portugaise",
            ]
        ),
        (
            "PY", "PRY",
            [
                "paraguai", "paraguay", "repubblica del paraguay", "republic of paraguay", "republica de paraguai",
                "republica del paraguay", "republica do paraguai", "republik paraguay", "republique du paraguay",
            ]
        ),
        (
            "PS", "PSE",
            [
                "estado da palestina", "estado de palestina", "estat de palestina", "l etat de palestine",
                "palastina staat", "palestina estado da", "palestina estado de", "palestina estat de",
                "palestina stato di", "palestine etat de", "palestine state of", "staat palastina",
                "stato di palestina", "the state of palestine",
            ]
        ),
        (
            "PF", "PYF",
            [
                "franzosisch polynesien", "french polynesia", "polinesia francesa", "polinesia francese",
                "polynesie francaise",
            ]
        ),
        (
            "QA", "QAT",
            [
                "catar", "estado de qatar", "estado do catar", "estat de qatar", "etat du qatar", "katar", "qatar",
                "staat katar", "state of qatar", "stato del qatar",
            ]
        ),
        ("RE", "REU", ["ilha reuniao", "illa de la reunio", "reunion", "reunion ile de la", "riunione"]),
        ("RO", "ROU", ["romania", "romenia", "roumanie", "rumania", "rumanien"]),
        (
            "RU", "RUS",
            [
                "federacao russa", "federacio russa", "federacion rusa", "russia", "russian federation",
                "russie federation de", "russische foderation",
            ]
        ),
        (
            "RW", "RWA",
            [
                "repubblica del ruanda", "republica de ruanda", "republica do ruanda", "republica ruandesa",
                "republik ruanda", "republique rwandaise", "ruanda", "rwanda", "rwandese republic",
            ]
        ),
        (
            "SA", "SAU",
            [
                "arabia saudi", "arabia saudita", "arabie saoudite", "kingdom of saudi arabia",
                "konigreich saudi arabien", "regne d arabia saudita", "regno dell arabia saudita",
                "reino da arabia saudita", "reino de arabia saudi", "royaume d arabie saoudite", "saudi arabia",
                "saudi arabien",
            ]
        ),
        (
            "SD", "SDN",
            [
                "repubblica del sudan", "republic of the sudan", "republica de sudan", "republica del sudan",
                "republica do sudao", "republik sudan", "republique du soudan", "soudan", "sudan", "sudao",
            ]
        ),
        (
            "SN", "SEN",
            [
                "repubblica del senegal", "republic of senegal", "republica del senegal", "republica do senegal",
                "republik senegal", "republique du senegal", "senegal",
            ]
        ),
        (
            "SG", "SGP",
            [
                "repubblica di singapore", "republic of singapore", "republica de singapur", "republica de singapura",
                "republik singapur", "republique de singapour", "singapore", "singapour", "singapur", "singapura",
            ]
        ),
        (
            "GS", "SGS",
            [
                "georgia del sud e isole sandwich australi", "georgie du sud et les iles sandwich du sud",
                "ilhas georgia do sul e sandwich do sul", "illes georgia del sud i sandwich del sud",
                "islas georgias del sur y sandwich del sur", "south georgia and the south sandwich islands",
                "south georgia und die sudlichen sandwichinseln",
            ]
        ),
        (
            "SH", "SHN",
            [
                "saint helena ascension and tristan da cunha", "saint helena ascension i tristan da cunha",
                "sainte helene ascension et tristan da cunha", "sant elena ascensione e tristan da cunha",
                "santa elena ascension y tristan de acuna", "santa helena ascensao e tristao da cunha",
                "st helena ascension und tristan da cunha",
            ]
        ),
        (
            "SJ", "SJM",
            [
                "svalbard and jan mayen", "svalbard e jan mayen", "svalbard et ile jan mayen", "svalbard i jan mayen",
                "svalbard und jan mayen", "svalbard y jan mayen",
            ]
        ),
        (
            "SB", "SLB",
            [
                "ilhas salomao", "illes salomo", "islas salomon", "isole salomone", "salomon iles", "salomoninseln",
                "solomon islands",
            ]
        ),
        (
            "SL", "SLE",
            [
                "repubblica della sierra leone", "republic of sierra leone", "republica da serra leoa",
                "republica de sierra leona", "republica de sierra leone", "republik sierra leone",
                "republique de sierra leone", "serra leoa", "sierra leona", "sierra leone",
            ]
        ),
        (
            "SV", "SLV",
            [
                "el salvador", "repubblica di el salvador", "republic of el salvador", "republica d el salvador",
                "republica de el salvador", "republik el salvador", "republique d el salvador", "salvador",
            ]
        ),
        (
            "SM", "SMR",
            [
                "repubblica di san marino", "republic of san marino", "republica de san marino", "republik san marino",
                "republique de san marin", "saint marin", "san marino",
            ]
        ),
        (
            "SO", "SOM",
            [
                "bundesrepublik somalia", "federal republic of somalia", "repubblica federale di somalia",
                "republica federal da somalia", "republica federal de somalia", "republique federale de somalie",
                "somalia", "somalie",
            ]
        ),
        (
            "PM", "SPM",
            [
                "saint pierre and miquelon", "saint pierre e miquelon", "saint pierre et miquelon",
                "san pedro y miquelon", "st pierre und miquelon",
            ]
        ),
        (
            "RS", "SRB",
            [
                "repubblica di serbia", "republic of serbia", "republica da servia", "republica de serbia",
                "republik serbien", "republique de serbie", "serbia", "serbie", "serbien", "servia",
            ]
        ),
        (
            "SS", "SSD",
            [
                "repubblica del sudan del sud", "republic of south sudan", "republica de sudan del sur",
                "republica del sudan del sud", "republica do sudao do sul", "republik sudsudan",
                "republique du soudan du sud", "soudan du sud", "south sudan", "sudan del sud", "sudan del sur",
                "sudao do sul", "sudsudan",
            ]
        ),
        (
            "ST", "STP",
            [
                "democratic republic of sao tome and principe", "demokratische republik sao tome und principe",
                "repubblica democratica di sao tome e principe", "republica democratica de santo tome y principe",
                "republica democratica de sao tome e principe", "republica democratica de sao tome i principe",
                "republique democratique de sao tome et principe", "santo tome y principe", "sao tome and principe",
                "sao tome e principe", "sao tome et principe", "sao tome i principe", "sao tome und principe",
            ]
        ),
        (
            "SR", "SUR",
            [
                "repubblica di suriname", "republic of suriname", "republica de surinam", "republica do suriname",
                "republik suriname", "republique du surinam", "surinam", "suriname",
            ]
        ),
        (
            "SK", "SVK",
            [
                "eslovaquia", "repubblica slovacca", "republica eslovaca", "republique slovaque", "slovacchia",
                "slovak republic", "slovakia", "slovaquie", "slowakei", "slowakische republik",
            ]
        ),
        (
            "SI", "SVN",
            [
                "eslovenia", "repubblica di slovenia", "republic of slovenia", "republica d eslovenia",
                "republica da eslovenia", "republica de eslovenia", "republik slowenien", "republique de slovenie",
                "slovenia", "slovenie", "slowenien",
            ]
        ),
        (
            "SE", "SWE",
            [
                "kingdom of sweden", "konigreich schweden", "regne de suecia", "regno di svezia", "reino da suecia",
                "reino de suecia", "royaume de suede", "schweden", "suecia", "suede", "svezia", "sweden",
            ]
        ),
        (
            "SZ", "SWZ",
            [
                "esuatini", "eswatini", "kingdom of eswatini", "konigreich eswatini", "regne d eswatini",
                "regno di eswatini", "reino da suazilandia", "reino de esuatini", "royaume d eswatini", "suazilandia",
            ]
        ),
        ("SX", "SXM", ["isla de san martin", "saint martin", "sao martinho", "sint maarten"]),
        (
            "SC", "SYC",
            [
                "repubblica delle seychelles", "republic of seychelles", "republica das seychelles",
                "republica de las seychelles", "republica de seychelles", "republik seychellen",
                "republique des seychelles", "seychellen", "seychelles",
            ]
        ),
        (
            "SY", "SYR",
            [
                "republica arab siria", "republica arabe de siria", "republica arabe siria", "siria", "syria",
                "syrian arab republic", "syrie", "syrien", "syrien arabische republik", "syrienne republique arabe",
            ]
        ),
        (
            "TC", "TCA",
            [
                "iles turques et caiques", "ilhas turcas e caicos", "illes turks i caicos", "islas turcas y caicos",
                "isole turks e caicos", "turks and caicos islands", "turks und caicosinseln",
            ]
        ),
        (
            "TD", "TCD",
            [
                "chad", "chade", "ciad", "repubblica del ciad", "republic of chad", "republica del chad",
                "republica del txad", "republica do chade", "republik tschad", "republique du tchad", "tchad", "tschad",
                "txad",
            ]
        ),
        (
            "TG", "TGO",
            [
                "repubblica del togo", "republica togolesa", "republik togo", "republique togolaise", "togo",
                "togolese republic",
            ]
        ),
        (
            "TH", "THA",
            [
                "kingdom of thailand", "konigreich thailand", "regne de tailandia", "regno di thailandia",
                "reino da tailandia", "reino de tailandia", "royaume de thailande", "tailandia", "thailand",
                "thailande", "thailandia",
            ]
        ),
        (
            "TJ", "TJK",
            [
                "repubblica del tagikistan", "republic of tajikistan", "republica de tadjikistan",
                "republica de tayikistan", "republica do tajiquistao", "republik tadschikistan",
                "republique du tadjikistan", "tadjikistan", "tadschikistan", "tagikistan", "tajikistan", "tajiquistao",
                "tayikistan",
            ]
        ),
        ("TK", "TKL", ["tokelau"]),
        ("TM", "TKM", ["turkmenistan", "turquemenistao"]),
        (
            "TL", "TLS",
            [
                "democratic republic of timor leste", "demokratische republik timor leste",
                "repubblica democratica di timor est", "republica democratica de timor leste",
                "republica democratica de timor oriental", "republique democratique du timor leste", "timor est",
                "timor leste", "timor oriental",
            ]
        ),
        (
            "TO", "TON",
            [
                "kingdom of tonga", "konigreich tonga", "regne de tonga", "regno di tonga", "reino de tonga",
                "royaume des tonga", "tonga",
            ]
        ),
        (
            "TT", "TTO",
            [
                "repubblica di trinidad e tobago", "republic of trinidad and tobago", "republica de trinidad i tobago",
                "republica de trinidad y tobago", "republica de trinidade e tobago", "republik trinidad und tobago",
                "republique de trinite et tobago", "trindade e tobago", "trinidad and tobago", "trinidad e tobago",
                "trinidad i tobago", "trinidad und tobago", "trinidad y tobago", "trinite et tobago",
            ]
        ),
        (
            "TN", "TUN",
            [
                "repubblica tunisina", "republic of tunisia", "republica da tunisia", "republica de tunez",
                "republica de tunisia", "republique de tunisie", "tunesien", "tunesische republik", "tunez", "tunisia",
                "tunisie",
            ]
        ),
        (
            "TR", "TUR",
            [
                "repubblica di turchia", "republic of turkiye", "republica da turquia", "republica de turquia",
                "republik turkei", "republique de turquie", "turchia", "turkei", "turkiye", "turquia", "turquie",
            ]
        ),
        ("TV", "TUV", ["tuvalu"]),
        (
            "TW", "TWN",
            [
                "taiwan", "taiwan chinesische provinz", "taiwan province de chine", "taiwan province of china",
                "taiwan provincia da china", "taiwan provincia de china", "taiwan provincia de xina",
                "taiwan repubblica di cina",
            ]
        ),
        (
            "TZ", "TZA",
            [
                "repubblica unita di tanzania", "republica unida da tanzania", "republica unida de tanzania",
                "republique unie de tanzanie", "tansania", "tansania vereinigte republik", "tanzania",
                "tanzania republica unida da", "tanzania republica unida de", "tanzania united republic of", "tanzanie",
                "tanzanie republique unie de", "united republic of tanzania", "vereinigte republik tansania",
            ]
        ),
        (
            "UG", "UGA",
            [
                "ouganda", "repubblica dell uganda", "republic of uganda", "republica d uganda", "republica de uganda",
                "republica do uganda", "republik uganda", "republique d ouganda", "uganda",
            ]
        ),
        ("UA", "UKR", ["ucraina", "ucrania", "ukraine"]),
        (
            "UM", "UMI",
            [
                "iles mineures eloignees des etats unis", "ilhas menores distantes dos estados unidos",
                "illes menors allunyades dels estats units", "islas ultramarinas menores de estados unidos",
                "isole minori esterne degli stati uniti d america", "united states minor outlying islands",
            ]
        ),
        (
            "UY", "URY",
            [
                "eastern republic of uruguay", "repubblica orientale dell uruguay", "republica oriental d uruguai",
                "republica oriental del uruguay", "republica oriental do uruguai", "republik ostlich des uruguay",
                "republique orientale d uruguay", "uruguai", "uruguay",
            ]
        ),
        (
            "US", "USA",
            [
                "estados unidos", "estados unidos da america", "estados unidos de america", "estats units",
                "estats units d america", "etats unis", "etats unis d amerique", "stati uniti", "stati uniti d america",
                "united states", "united states of america", "usa", "vereinigte staaten",
                "vereinigte staaten von amerika",
            ]
        ),
        (
            "UZ", "UZB",
            [
                "ouzbekistan", "repubblica dell uzbekistan", "republic of uzbekistan", "republica d uzbekistan",
                "republica de uzbekistan", "republica do uzbequistao", "republik usbekistan",
                "republique d ouzbekistan", "usbekistan", "uzbekistan", "uzbequistao",
            ]
        ),
        ("VA", "VAT", ["heiliger stuhl", "holy see", "saint siege", "santa se", "santa sede", "santa seu"]),
        (
            "VC", "VCT",
            [
                "saint vincent and the grenadines", "saint vincent e grenadine", "saint vincent et les grenadines",
                "saint vincent i les grenadines", "san vicente y las granadinas", "sao vicente e granadinas",
                "st vincent und die grenadinen",
            ]
        ),
        (
            "VE", "VEN",
            [
                "bolivarian republic of venezuela", "bolivarische republik venezuela",
                "repubblica bolivariana del venezuela", "republica bolivariana da venezuela",
                "republica bolivariana de venecuela", "republica bolivariana de venezuela",
                "republique bolivarienne du venezuela", "venecuela", "venecuela republica bolivariana de", "venezuela",
                "venezuela bolivarian republic of", "venezuela bolivarische republik",
                "venezuela repubblica bolivariana del", "venezuela republica bolivariana da",
                "venezuela republica bolivariana de", "venezuela republique bolivarienne du",
            ]
        ),
        (
            "VG", "VGB",
            [
                "britische jungferninseln", "british virgin islands", "iles vierges britanniques",
                "ilhas virgens britanicas", "illes verges britaniques", "islas virgenes britanicas",
                "isole vergini britanniche", "isole vergini regno unito", "virgin islands british",
            ]
        ),
        (
            "VI", "VIR",
            [
                "amerikanische jungferninseln", "iles vierges des etats unis d amerique", "iles vierges etats unis",
                "ilhas virgens dos estados unidos", "ilhas virgens estados unidos", "illes verges dels estats units",
                "illes verges dels eua", "islas virgenes de eeuu", "islas virgenes de los estados unidos",
                "isole vergini statunitensi", "isole vergini u s a", "virgin islands of the united states",
                "virgin islands u s",
            ]
        ),
        (
            "VN", "VNM",
            [
                "repubblica socialista del vietnam", "republica socialista de vietnam",
                "republica socialista do vietname", "republique socialiste du viet nam",
                "socialist republic of viet nam", "sozialistische republik vietnam", "viet nam", "vietnam", "vietname",
            ]
        ),
        (
            "VU", "VUT",
            [
                "repubblica di vanuatu", "republic of vanuatu", "republica de vanuatu", "republik vanuatu",
                "republique du vanuatu", "vanuatu",
            ]
        ),
        (
            "WF", "WLF",
            [
                "wallis and futuna", "wallis e futuna", "wallis et futuna", "wallis i futuna", "wallis und futuna",
                "wallis y futuna",
            ]
        ),
        (
            "WS", "WSM",
            [
                "estado independente de samoa", "estado independiente de samoa", "estat independent de samoa",
                "etat independant de samoa", "independent state of samoa", "samoa", "stato indipendente di samoa",
                "unabhangiger staat samoa",
            ]
        ),
        (
            "YE", "YEM",
            [
                "iemen", "jemen", "repubblica dello yemen", "republic of yemen", "republica de iemen",
                "republica del yemen", "republica do iemen", "republik jemen", "republique du yemen", "yemen",
            ]
        ),
        (
            "ZA", "ZAF",
            [
                "africa do sul", "afrique du sud", "repubblica sudafricana", "republic of south africa",
                "republica da africa do sul", "republica de sudafrica", "republik sudafrika",
                "republique d afrique du sud", "south africa", "sud africa", "sudafrica", "sudafrika",
            ]
        ),
        (
            "ZM", "ZMB",
            [
                "repubblica dello zambia", "republic of zambia", "republica da zambia", "republica de zambia",
                "republik sambia", "republique de zambie", "sambia", "zambia", "zambie",
            ]
        ),
        (
            "ZW", "ZWE",
            [
                "repubblica dello zimbabwe", "republic of zimbabwe", "republica de zimbabue", "republica do zimbabue",
                "republik simbabwe", "republique du zimbabwe", "simbabwe", "zimbabue", "zimbabwe",
            ]
        ),
    ]
}
