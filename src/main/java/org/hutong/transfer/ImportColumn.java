package org.hutong.transfer;

import java.util.Locale;

/**
 * A field a column of an import file can fill, implemented by each subject's field enum. Its label
 * is a message key per field; its aliases are other headers people write for the same thing, in
 * Chinese and English, compared after {@link #key} folds case, spaces and punctuation away.
 */
public interface ImportColumn {

	String name();

	/** Whether the header, folded, is one of this field's aliases. */
	boolean answersTo(String header);

	/** A header folded for comparison: lower case, no spaces, punctuation, asterisks or "(必填)". */
	static String key(String header) {
		String folded = header == null ? "" : header.toLowerCase(Locale.ROOT).replace("必填", "").replace("required", "");
		return folded.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s*＊（）]", "");
	}
}
