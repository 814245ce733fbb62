package nl.vraagbaak.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.vraagbaak.search.QuestionsInSet;

/** Which questions of a set point back, and what they are read with. */
class QuestionsInSetTest {
	@Test
	void aFollowUpIsReadWithTheQuestionsItPointsBackTo() {
		String removal = "Moeten bedrijven materiaal verwijderen?";
		String term = "Welke termijn geldt daarvoor?";
		String again = "Hoeveel bedrijven hebben zo'n termijn al gehaald?";
		String own = "Hoeveel woningen worden er dit jaar gebouwd?";
		assertEquals(Arrays.asList(null, removal, term + " " + removal, null, null),
				QuestionsInSet.readWith(null, List.of(removal, term, again, own, "Wat is de stand van zaken?")));
		assertEquals(Arrays.asList((String) null), QuestionsInSet.readWith(null, List.of(term)), "the first has none before it");
	}

	@Test
	void aFirstQuestionThatPointsBackIsReadWithTheSubjectOfTheSet() {
		String subject = "het bericht dat de veerdienst naar Schiermonnikoog wordt ingekort";
		String known = "Bent u bekend met dit bericht?";
		String reaction = "Wat is uw reactie hierop?";
		assertEquals(List.of(subject, known + " " + subject), QuestionsInSet.readWith(subject, List.of(known, reaction)));
		assertEquals(Arrays.asList(null, null), QuestionsInSet.readWith(subject, List.of("Kent u het bericht?", "Wat vindt u?")),
				"questions that name their subject, or do not point back, are read alone");
	}

	@Test
	void pointingBackIsAPronominalAdverbAWordForSuchAOneOrADemonstrative() {
		for (String followUp : List.of("Hoeveel woningen zijn hiermee gemoeid?", "Wie betaalt daarvan het grootste deel?",
				"Indien zo\u2019n aanpak er niet is, bent u bereid die op te stellen?", "Vindt u een dergelijke opvang humaan?",
				"Wat kost de genoemde regeling?", "Hoe oordeelt u over dit bericht?", "Is dit waar?",
				"Wat gaat u doen om deze slechte gang van zaken te voorkomen?", "Gaat deze wet zorgen voor minder misbruikbeelden?")) {
			assertEquals(true, QuestionsInSet.pointsBack(followUp), followUp);
		}
		// "deze" and "dit" before a word for now point at the present, and "deze vraag(en)" at the set itself
		for (String own : List.of("Hoeveel woningen worden er dit jaar gebouwd?", "Wat vindt dit kabinet van het voorstel?",
				"Kunt u deze vragen afzonderlijk beantwoorden?", "Wilt u deze vraag vóór het debat beantwoorden?",
				"Wat is op dit moment de stand van zaken?",
				"Waarom kiest Nederland ervoor zich te onthouden?", "Hoeveel daklozen slapen in de opvang?")) {
			assertEquals(false, QuestionsInSet.pointsBack(own), own);
		}
	}
}
