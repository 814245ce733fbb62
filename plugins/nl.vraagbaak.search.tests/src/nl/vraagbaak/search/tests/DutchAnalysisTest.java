package nl.vraagbaak.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.vraagbaak.internal.search.DutchAnalysis;

/**
 * The Dutch analysis chain as a table: input to tokens, positions separated by spaces, terms at the same position
 * by "|". "§n" is the concept token of synonym group n (line n of synonyms.txt).
 */
class DutchAnalysisTest {
	private static final DutchAnalysis ANALYZER = new DutchAnalysis();

	@ParameterizedTest
	@CsvSource(delimiter = '=', value = {
			// hyphen and compound variants end in the same terms
			"fout-positieven = §2|fout positief",
			"foutpositieven = §2|foutpositief|positief",
			"fout positieven = §2|fout positief",
			"vals-positieven = §2|val positief",
			"false positives = §2|fal positives",
			"foutmarge = §2|foutmarg",
			"onterechte treffers = §2|onterech treffer",
			"AIVD = §1|aivd",
			"Algemene Inlichtingen- en Veiligheidsdienst = §1|algemen inlich veiligheidsdiens|diens",
			"inlichtingendienst = §1|inlichtingendiens|inlich|diens",
			"end-to-end-encryptie = §3|end to end encryptie",
			"end-to-endencryptie = §3|end to endencryptie|encryptie",
			"client-side scanning = §4|clien sid scanning",
			"scannen op het apparaat = §4|scan appara",
			"chatcontrole = §4|chatcontrol",
			"CSAM = §5|csam",
			"kinderpornografisch materiaal = §5|kinderpornografisch|kinder materiaal",
			"DSA = §6|dsa",
			"Digital Services Act = §6|digital services act",
			"Digitaledienstenverordening = §6|digitaledienstenverorden|verorden",
			// a part inside a word is no part: compounds end in their head
			"aanbevelingen = aanbevel",
			"detectiebevelen = §7|detectiebevel|detectie|bevel",
			"BNC-fiche = §8|bnc fich",
			"JBZ-Raad = §9|jbs rad",
			"Coreper = §10|coreper",
			// a longer spelling of one group keeps the one-word concept of another inside it
			"advies ingewonnen = §15|advies|§13 inwin",
			// ordinary inflections, diacritics, stop words
			"kamervragen = kamervrag",
			"kamervraag = kamervrag",
			"ministeries = ministeries|minister",
			"geïnformeerd = informer",
			"informeren = informer",
			"detecteren = detecter",
			"gedetecteerd = detecter",
			"onthoudt = onthou",
			"onthouden = §16|onthou",
			// verb endings Snowball leaves on: third person, past tense, doubled consonants, z/v and long vowels
			"werkt = werk", "werken = werk", "werkte = werk", "werkten = werk",
			"stemt = stem", "stemmen = stem", "stemde = stem",
			"vraagt = vrag", "vragen = vrag", "vraag = vrag",
			"kiest = kies", "kiezen = kies",
			"geeft = gef", "geven = gef",
			"beoordeelt = beoordel", "beoordelen = beoordel",
			"kabinet = kabine", "kabinetten = kabine",
			// the "ge" of a separable verb's participle, after its particle
			"voorgesteld = voorstel", "voorstellen = voorstel", "toegezegd = toezeg", "toezeggen = toezeg",
			"ingezet = inze", "inzet = inze", "uitgebreid = uitbrei", "uitbreiden = uitbrei",
			// ... dropped before Snowball, which cut "-end" off after it (ingediend was "ingedi", toegekend "toegek")
			"ingediend = indien", "ingediende = indien", "indienen = indien", "toegekend = toeken",
			"toekennen = toeken", "uitgekeerd = uitker", "uitkeren = uitker",
			// ... while "indien" ("if") is a stop word, not the verb
			"Indien de aanvraag is ingediend = aanvrag indien",
			// but in "geven" the "ge" is the verb's own
			"uitgevende = uitgef", "uitgeven = uitgef", "aangeven = aangef", "aangegeven = aangef",
			// strong verbs: the past forms from strong-verbs.txt, also after a verb prefix
			"gekozen = kies", "koos = kies", "besloten = beslui", "besloot = beslui", "onderzocht = onderzoek",
			"aangenomen = aannem", "aannemen = aannem", "betrokken = betrek", "sloten = slot",
			"Bent u bereid de Kamer te informeren? = kamer informer",
			// a place name with "Nieuw-" is another place than its second part; compass names are a part of theirs
			"een handelsverdrag met Nieuw-Zeeland = handelsverdrag nieuwzeelan", "Zeeland = zeelan",
			"De nieuwe regels in Nieuw-West = nieuw regel nieuwwes", "Noord-Holland = nor hollan",
			// so is one with "Den": Den Helder is not clear ("helder"), and Danish ("Deense", stem "den") no "Den"
			"de haven van Den Helder = haf denhelder", "een heldere uitleg = helder uitleg", "het Deense voorstel = den voorstel",
			"de heer Van den Berg = her berg",
			// a footnote reference is no word, as the drafts and the CSV write it; a number in brackets with words is
			"Kent u het bericht «Hoofddoek boa moet kunnen»?[1 ] = kent berich hoofddoek boa",
			"Kent u het bericht?[12] Zie artikel 7 [a] = kent berich zie artikel 7 a",
			// as do the words that point back to a subject named before
			"Vindt u een dergelijke opvang humaan, gezien de genoemde regels? = vind opvang human zien regel",
			// pronominal adverbs point elsewhere and carry no subject of their own
			"Waarom kiest u ervoor daarmee te stoppen, waarbij hierover niets bekend is? = kies stop beken" })
	void tokens(String input, String expected) throws IOException {
		assertEquals(expected.trim(), tokens(input.trim()));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '=', value = { "foutmarge = vals-positieven", "false positives = onterechte treffers",
			"AIVD = inlichtingendienst", "end-to-end-encryptie = versleuteling", "chatcontrole = client side scanning",
			"CSAM = materiaal van seksueel kindermisbruik", "DSA = Digitaledienstenverordening",
			"adviseerde = advies", "geraadpleegd = advies ingewonnen" })
	void spellingsOfOneConceptShareItsToken(String a, String b) throws IOException {
		List<String> first = List.of(tokens(a.trim()).split("[ |]"));
		List<String> second = List.of(tokens(b.trim()).split("[ |]"));
		assertTrue(first.stream().anyMatch(t -> t.startsWith("§") && second.contains(t)), first + " / " + second);
	}

	static String tokens(String text) throws IOException {
		List<String> out = new ArrayList<>();
		try (TokenStream stream = ANALYZER.tokenStream("question", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			StringBuilder position = null;
			while (stream.incrementToken()) {
				if (increment.getPositionIncrement() > 0 || position == null) {
					if (position != null) {
						out.add(position.toString());
					}
					position = new StringBuilder(term);
				} else if (!List.of(position.toString().split("\\|")).contains(term.toString())) {
					position.append('|').append(term);
				}
			}
			if (position != null) {
				out.add(position.toString());
			}
			stream.end();
		}
		return String.join(" ", out);
	}
}
