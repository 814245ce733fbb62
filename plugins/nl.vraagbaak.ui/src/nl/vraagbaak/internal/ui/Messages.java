package nl.vraagbaak.internal.ui;

import org.eclipse.osgi.util.NLS;

/** User-visible text: messages.properties is Dutch (the default), messages_en.properties English. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "nl.vraagbaak.internal.ui.messages";

	public static String Dossiers_open;
	public static String Dossiers_newQuestionSet;
	public static String Dossiers_rename;
	public static String Dossiers_renameTitle;
	public static String Dossiers_renameMessage;
	public static String Dossiers_nameEmpty;
	public static String Dossiers_nameInvalid;
	public static String Dossiers_nameTaken;
	public static String Dossiers_delete;
	public static String Dossiers_deleteDraft;
	public static String Dossiers_deleteDossier;
	public static String Dossiers_export;
	public static String Dossiers_noProgram;
	public static String Correct_action;
	public static String Correct_title;
	public static String Correct_message;
	public static String Correct_fieldTitle;
	public static String Correct_fieldDate;
	public static String Correct_fieldCitation;
	public static String Correct_fieldMinister;
	public static String Correct_failed;
	public static String CorpusView_loading;
	public static String CorpusView_loadFailed;
	public static String CorpusView_passages;
	public static String CorpusView_selectPassage;
	public static String Passage_question;
	public static String Passage_answer;
	public static String Passage_footnotes;
	public static String Passage_citations;
	public static String Passage_source;
	public static String Passage_date;
	public static String Passage_citation;
	public static String Passage_minister;
	public static String Passage_document;
	public static String Passage_references;
	public static String Passage_notInCorpus;
	public static String EarlierAnswers_none;
	public static String EarlierAnswers_cite;
	public static String EarlierAnswers_searching;
	public static String EarlierAnswers_forQuestion;
	public static String AlreadyAsked_marker;
	public static String Fix_cite;
	public static String Fix_followUp;
	public static String Fix_delete;
	public static String Fix_ignore;
	public static String Export_title;
	public static String Export_errors;
	public static String Export_flagged;
	public static String Export_done;
	public static String Export_failed;
	public static String Search_query;
	public static String Search_button;
	public static String Search_kindAll;
	public static String Search_from;
	public static String Search_to;
	public static String Search_results;
	public static String Search_badDate;
	public static String Wizard_title;
	public static String Wizard_description;
	public static String Wizard_dossier;
	public static String Wizard_file;
	public static String Wizard_askers;
	public static String Wizard_addressees;
	public static String Wizard_subject;
	public static String Wizard_exists;
	public static String Wizard_missing;
	public static String Recovery_job;
	public static String Recovery_failed;
	public static String Recovery_title;
	public static String Recovery_offer;
	public static String Preferences_description;
	public static String Preferences_threshold;
	public static String Preferences_thresholdInvalid;
	public static String Preferences_numbering;
	public static String Preferences_dataFolder;
	public static String Preferences_language;
	public static String AlreadyAsked_explanation;
	public static String Assist_noQuestion;
	public static String Assist_indexOpening;
	public static String Assist_none;
	public static String Assist_cite;
	public static String Assist_status;
	public static String Footnote_noQuestion;
	public static String Import_title;
	public static String Import_description;
	public static String Import_paths;
	public static String Import_addFiles;
	public static String Import_addFolder;
	public static String Import_missing;
	public static String Import_failed;
	public static String Import_summaryTitle;
	public static String Import_summary;
	public static String Import_cancelled;
	public static String Import_importedHeader;
	public static String Import_importedLine;
	public static String Import_failedHeader;
	public static String Import_notImportedHeader;
	public static String ExportWizard_description;
	public static String ExportWizard_draft;
	public static String ExportWizard_target;
	public static String ExportWizard_date;
	public static String ExportWizard_noDraft;
	public static String ExportWizard_badTarget;
	public static String Preferences_restartTitle;
	public static String Preferences_restart;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
