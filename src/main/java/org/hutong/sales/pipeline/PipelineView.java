package org.hutong.sales.pipeline;

import java.util.List;

/** A pipeline as its page and the API show it, stages in order, 赢单 and 输单 last. */
public record PipelineView(long id, String name, long version, List<StageView> stages) {

	public record StageView(long id, String name, int position, int probability, StageOutcome outcome,
			boolean requiresAmount, boolean requiresCloseDate) {

		public boolean isFinal() {
			return outcome != null;
		}
	}

	public java.util.Optional<StageView> stage(long stageId) {
		return stages.stream().filter(stage -> stage.id() == stageId).findFirst();
	}

	/** Where a new deal starts when no stage is named. */
	public StageView firstOpen() {
		return stages.stream().filter(stage -> !stage.isFinal()).findFirst().orElseThrow();
	}

	public StageView finalStage(StageOutcome outcome) {
		return stages.stream().filter(stage -> stage.outcome() == outcome).findFirst().orElseThrow();
	}

	static PipelineView of(Pipeline pipeline) {
		return new PipelineView(pipeline.getId(), pipeline.getName(), pipeline.getVersion(),
				pipeline.getStages().stream()
					.map(s -> new StageView(s.getId(), s.getName(), s.getPosition(), s.getProbability(), s.getOutcome(),
							s.isRequiresAmount(), s.isRequiresCloseDate()))
					.toList());
	}
}
