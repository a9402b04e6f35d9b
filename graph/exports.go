package graph

import (
	"context"
	"net/url"
	"strconv"

	"walker/ent"
	"walker/ent/exportjob"
	"walker/graph/model"
)

// slotRetries bounds how often startExport tries again when another export
// started at the same moment took the slot it picked.
const slotRetries = 3

// startExport queues an export of entities (nil: every kind the viewer may
// read; the ExportJob hooks check and order them) in format.
func (r *Resolver) startExport(ctx context.Context, entities []model.ChangeEntity, format *exportjob.Format) (*ent.ExportJob, error) {
	for attempt := 0; ; attempt++ {
		c := r.client.ExportJob.Create().SetNillableFormat(format)
		if entities != nil {
			names := make([]string, len(entities))
			for i, e := range entities {
				names[i] = string(e)
			}
			c.SetEntities(names)
		}
		job, err := c.Save(ctx)
		if ent.IsConstraintError(err) && attempt < slotRetries {
			continue // the slot was taken meanwhile: pick another
		}
		return job, err
	}
}

// SetPublicURL sets the URL people open, the prefix of export download links.
func (r *Resolver) SetPublicURL(u string) { r.publicURL = u }

// ExportDownloadURL is where the file of job is downloaded, under publicURL;
// the server serves it at GET /exports/{id}/download.
func ExportDownloadURL(publicURL string, job *ent.ExportJob) string {
	return publicURL + "/exports/" + strconv.Itoa(job.ID) + "/download?key=" + url.QueryEscape(job.DownloadKey)
}

// exportURL is the download link of job while its file is there.
func (r *Resolver) exportURL(job *ent.ExportJob) *string {
	if job.Status != exportjob.StatusCOMPLETED || job.ExpiresAt == nil || !r.now().Before(*job.ExpiresAt) {
		return nil
	}
	u := ExportDownloadURL(r.publicURL, job)
	return &u
}

func exportEntities(job *ent.ExportJob) []model.ChangeEntity {
	out := make([]model.ChangeEntity, len(job.Entities))
	for i, e := range job.Entities {
		out[i] = model.ChangeEntity(e)
	}
	return out
}

func exportPosition(job *ent.ExportJob) *string {
	if job.Status != exportjob.StatusCOMPLETED && job.Status != exportjob.StatusEXPIRED || job.Position == nil {
		return nil
	}
	p := changeCursor(*job.Position)
	return &p
}

// exportCounts are the counts of job in the file's order.
func exportCounts(job *ent.ExportJob) []*model.ExportCount {
	out := []*model.ExportCount{}
	for _, e := range job.Entities {
		if n, ok := job.Counts[e]; ok {
			out = append(out, &model.ExportCount{Entity: model.ChangeEntity(e), Records: n})
		}
	}
	return out
}
