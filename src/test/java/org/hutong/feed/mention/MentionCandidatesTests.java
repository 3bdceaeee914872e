package org.hutong.feed.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.hutong.identity.OrgChart;
import org.junit.jupiter.api.Test;

/** Who a typed @-mention finds: by name, username, and the name's pinyin with surnames read as surnames. */
class MentionCandidatesTests {

	private static final OrgChart.Member ZENG = new OrgChart.Member(1, "zgf01", "曾国藩", null);

	private static final OrgChart.Member SHAN = new OrgChart.Member(2, "xinxin", "单雄信", null);

	@Test
	void aPolyphoneSurnameIsFoundByItsSurnameReading() {
		assertThat(MentionCandidates.matches(ZENG, "zeng")).isTrue();
		assertThat(MentionCandidates.matches(ZENG, "ceng")).isFalse();
		assertThat(MentionCandidates.matches(SHAN, "shanx")).isTrue();
		assertThat(MentionCandidates.matches(SHAN, "sxx")).isTrue();
		assertThat(MentionCandidates.matches(SHAN, "dxx")).isFalse();
	}

	@Test
	void nameUsernameAndInitialsAllFind() {
		assertThat(MentionCandidates.matches(ZENG, "国藩")).isTrue();
		assertThat(MentionCandidates.matches(ZENG, "zgf0")).isTrue();
		assertThat(MentionCandidates.matches(ZENG, "zgf")).isTrue();
		assertThat(MentionCandidates.matches(ZENG, "wang")).isFalse();
		assertThat(MentionCandidates.matches(ZENG, "")).isTrue();
	}
}
