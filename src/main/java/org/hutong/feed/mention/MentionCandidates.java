package org.hutong.feed.mention;

import java.util.List;
import java.util.Locale;

import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Colleagues to @-mention while typing: active people of the enterprise whose name, username, full
 * pinyin or pinyin initials start with (or, for names, contain) what was typed — 王芳 for
 * {@code 王}, {@code wang}, {@code wf} or {@code sales}.
 */
@Service
public class MentionCandidates {

	public static final int LIMIT = 8;

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
	}

	/**
	 * Pinyin by name: a pure function of the name, and every keystroke tests every colleague, so each
	 * name is spelled once (bounded; names are shared by nobody's data, only their spelling is kept).
	 */
	private static final Cache<String, String[]> SPELLINGS = Caffeine.newBuilder().maximumSize(100_000).build();

	private final OrgChart org;

	MentionCandidates(OrgChart org) {
		this.org = org;
	}

	public List<OrgChart.Member> matching(String typed) {
		String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		return org.members().stream().filter(m -> matches(m, q)).limit(LIMIT).toList();
	}

	static boolean matches(OrgChart.Member member, String q) {
		if (q.isEmpty()) {
			return true;
		}
		String[] pinyin = pinyin(member.displayName());
		return member.displayName().toLowerCase(Locale.ROOT).contains(q)
				|| member.username().toLowerCase(Locale.ROOT).startsWith(q) || pinyin[0].startsWith(q)
				|| pinyin[1].startsWith(q);
	}

	/** Full pinyin and initials of a name, first reading of each character. */
	static String[] pinyin(String name) {
		return SPELLINGS.get(name, MentionCandidates::spell);
	}

	private static String[] spell(String name) {
		StringBuilder full = new StringBuilder();
		StringBuilder initials = new StringBuilder();
		for (char c : name.toCharArray()) {
			String syllable = syllable(c);
			full.append(syllable);
			initials.append(syllable.isEmpty() ? "" : syllable.substring(0, 1));
		}
		return new String[] { full.toString(), initials.toString() };
	}

	private static String syllable(char c) {
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
			if (readings != null && readings.length > 0) {
				return readings[0].replace("u:", "v");
			}
		}
		catch (BadHanyuPinyinOutputFormatCombination impossible) {
			// the format above is a valid combination
		}
		return Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : "";
	}
}
