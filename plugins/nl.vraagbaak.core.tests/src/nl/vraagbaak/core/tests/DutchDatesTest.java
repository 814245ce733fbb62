package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.vraagbaak.core.read.DutchDates;

/** Dates as documents write them and as people type them. */
class DutchDatesTest {
	private static final LocalDate NOVEMBER_13 = LocalDate.of(2025, 11, 13);

	@ParameterizedTest
	@ValueSource(strings = { "2025-11-13", "13-11-2025", "13/11/2025", "13.11.2025", "13 november 2025",
			" 13 November 2025 " })
	void aTypedDateIsReadTheDutchWayDayFirst(String typed) {
		assertEquals(NOVEMBER_13, DutchDates.parseTyped(typed));
	}

	@ParameterizedTest
	@ValueSource(strings = { "31-11-2025", "13-13-2025", "11-13", "13 november", "13-11/2025", "2025-11-13 en later",
			"morgen", "" })
	void anythingElseIsRefusedNamingWhatWasTyped(String typed) {
		DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> DutchDates.parseTyped(typed));
		assertEquals(typed.strip(), e.getParsedString());
	}

	@Test
	void documentsWriteTheMonthOut() {
		assertEquals(LocalDate.of(2024, 10, 1), DutchDates.first("Den Haag, 1 oktober 2024"));
		assertNull(DutchDates.first("op 1 oktober jl."), "no year, no date");
		assertEquals("8 oktober 2024", DutchDates.format(LocalDate.of(2024, 10, 8)));
	}
}
