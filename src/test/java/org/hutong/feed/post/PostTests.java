package org.hutong.feed.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A post's rules and its text, without Spring. */
class PostTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);

	@Test
	void itsAuthorMayEditForFifteenMinutesAndNobodyElseEver() {
		Post post = new Post(7L, "初稿", Audience.ENTERPRISE, null, null, clock.instant());
		Instant inside = clock.instant().plus(Duration.ofMinutes(15));
		assertThat(post.isEditableBy(7L, inside)).isTrue();
		assertThat(post.isEditableBy(8L, clock.instant())).isFalse();
		post.edit(7L, "改稿", inside);
		assertThat(post.getBody()).isEqualTo("改稿");
		Instant late = inside.plusSeconds(1);
		assertThat(post.isEditableBy(7L, late)).isFalse();
		assertThatThrownBy(() -> post.edit(7L, "太晚了", late)).isInstanceOf(PostNotEditable.class);
		assertThatThrownBy(() -> post.edit(8L, "不是作者", clock.instant())).isInstanceOf(PostNotEditable.class);
	}

	@Test
	void aDeletedOrSystemPostIsNeverEditable() {
		Post post = new Post(7L, "删除", Audience.ENTERPRISE, null, null, clock.instant());
		post.delete(clock.instant());
		assertThat(post.isEditableBy(7L, clock.instant())).isFalse();
		Post system = Post.system(7L, "customer", 1L, "feed.system.followUp", "", "followUp:1", clock.instant());
		assertThat(system.isEditableBy(7L, clock.instant())).isFalse();
	}

	@Test
	void topicsAreFoundInBothSpellingsAndNotInsideLinks() {
		PostText text = new PostText("今天 #投标# 顺利，#现场调试 完成 https://example.com/#anchor #Quality");
		assertThat(text.topics()).containsExactly("投标", "现场调试", "quality");
	}

	@Test
	void mentionsMatchTheLongestKnownName() {
		PostText text = new PostText("请@王芳芳和@王芳看一下，@不存在 的人不算");
		assertThat(text.mentionedNames(List.of("王芳", "王芳芳", "李明"))).containsExactly("王芳芳", "王芳");
	}

	@Test
	void htmlEscapesEverythingAndAddsOnlyItsOwnLinks() {
		String html = new PostText("<script>x</script>\n@王芳 #话题 https://a.example/p?q=1&r=\"2\"")
			.html(Map.of("王芳", 5L));
		assertThat(html).startsWith("&lt;script&gt;x&lt;/script&gt;\n")
			.contains("<a class=\"mention\" href=\"/feed?author=5\">@王芳</a>")
			.contains("<a class=\"topic\" href=\"/feed?topic=%E8%AF%9D%E9%A2%98\">#话题</a>")
			.contains("href=\"https://a.example/p?q=1&amp;r=\"")
			.doesNotContain("<script>");
	}

	@Test
	void theExcerptIsOneShortLine() {
		assertThat(new PostText("第一行\n第二行").excerpt()).isEqualTo("第一行 第二行");
		assertThat(new PostText("长".repeat(200)).excerpt()).hasSize(PostText.EXCERPT_LENGTH + 1).endsWith("…");
	}
}
