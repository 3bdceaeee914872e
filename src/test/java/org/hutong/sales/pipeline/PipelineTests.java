package org.hutong.sales.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A pipeline's stages: the defaults, adding before 赢单, moving among the open ones, 赢单 and 输单 last and kept. */
class PipelineTests {

	private static Pipeline pipeline() {
		Pipeline pipeline = new Pipeline("直销", 1, Pipelines.DEFAULT_STAGES, "赢单", "输单");
		long id = 1;
		for (Stage stage : pipeline.getStages()) {
			org.springframework.test.util.ReflectionTestUtils.setField(stage, "id", id++);
		}
		return pipeline;
	}

	private static List<String> names(Pipeline pipeline) {
		return pipeline.getStages().stream().map(Stage::getName).toList();
	}

	@Test
	void aNewPipelineHasTheDefaultStagesThenWonAndLost() {
		Pipeline pipeline = pipeline();
		assertThat(names(pipeline)).containsExactly("初步接洽", "需求确认", "方案报价", "商务谈判", "赢单", "输单");
		assertThat(pipeline.getStages()).extracting(Stage::getProbability).containsExactly(10, 30, 50, 70, 100, 0);
		assertThat(pipeline.getStages()).extracting(Stage::getPosition).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(pipeline.getStages().get(4).getOutcome()).isEqualTo(StageOutcome.WON);
		assertThat(pipeline.getStages().get(5).getOutcome()).isEqualTo(StageOutcome.LOST);
	}

	@Test
	void stagesAreAddedBeforeWonAndMoveAmongTheOpenOnesOnly() {
		Pipeline pipeline = pipeline();
		pipeline.addStage("合同签订", 90);
		assertThat(names(pipeline)).containsExactly("初步接洽", "需求确认", "方案报价", "商务谈判", "合同签订", "赢单", "输单");
		pipeline.move(1, true);
		assertThat(names(pipeline)).as("the first goes no higher").startsWith("初步接洽");
		pipeline.move(4, false);
		assertThat(names(pipeline)).containsSubsequence("合同签订", "商务谈判", "赢单");
		pipeline.move(5, true);
		assertThat(names(pipeline)).as("赢单 stays where it is").endsWith("赢单", "输单");
	}

	@Test
	void wonLostAndTheLastOpenStageStayAndFinalProbabilitiesAreFixed() {
		Pipeline pipeline = pipeline();
		assertThat(pipeline.removeStage(5)).isFalse();
		assertThat(pipeline.removeStage(6)).isFalse();
		assertThat(pipeline.removeStage(1)).isTrue();
		assertThat(pipeline.removeStage(2)).isTrue();
		assertThat(pipeline.removeStage(3)).isTrue();
		assertThat(pipeline.removeStage(4)).as("one open stage stays").isFalse();
		Stage won = pipeline.stage(5).orElseThrow();
		won.change("中标", 40, true, true);
		assertThat(won.getName()).isEqualTo("中标");
		assertThat(won.getProbability()).isEqualTo(100);
	}
}
