import{A as e,B as t,L as n,M as r,Q as i,U as a,Y as o,et as s,f as c,ft as l,i as u,k as d,l as ee,m as f,pt as te,u as p,ut as m,v as ne}from"./ui-DhLNX9Yv.js";import{a as h,c as g,d as re,f as _,g as v,h as y,i as b,l as x,m as S,o as C,p as w,s as T,u as E}from"./index-CcTjqY2O.js";var D=s(`
  mutation CreateFeedbackReview($input: CreateFeedbackReviewInput!) { createFeedbackReview(input: $input) { ...ReviewRow } }
`,[i]),ie=s(`
  mutation CreateReviewFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { ...FollowUpRow } }
`,[o]),O=[`Product`,`Support`,`Sales`,`Marketing`,`Finance`,`Operations`],ae=12,oe=e=>e.toLocaleString(`en`,{month:`long`})+` feedback review`,k=e=>e?new Date(e+`T12:00:00Z`).toISOString():null,A=(e,t)=>{let n=[];for(let r of[...e,...t.split(`,`)].map(y))r&&!n.some(e=>e.toLowerCase()===r.toLowerCase())&&n.push(r);return n},j=(e,t,n)=>({store:`reviews`,op:`put`,record:{id:a(e),version:0,clientID:e,title:n.title,heldAt:n.heldAt,notes:n.notes,hostID:t,attendeeCount:n.attendeeIDs.length,conversationCount:n.conversationIDs.length}}),M=e=>({store:`followUps`,op:`put`,record:{id:a(e.clientID),version:0,clientID:e.clientID,action:e.action,ownerID:e.ownerID,dueOn:e.dueOn,conversationID:null,reviewID:e.reviewID,doneAt:null,quickWin:!1,newInitiative:!1}});function N({me:i,fix:o}){e();let s=h(o),[N]=l(()=>s.heldAt?new Date(String(s.heldAt)):new Date),[P,F]=l(()=>s.attendeeIDs??[]),[I,L]=l(()=>s.conversationIDs??[]),R=s.departmentsInvited??[],[z,B]=l(()=>R.filter(e=>O.includes(e))),[V,H]=l([]),[U,W]=l(!1),[G,K]=l(-1),[se,ce]=l(!1),q=(e,t)=>H(V.map((n,r)=>e===r?{...n,...t}:n)),J=[...d(`conversations`).values()].sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt)),Y=U?J:J.filter((e,t)=>t<ae||I.includes(e.id)),X=e=>{let t=new Date(String(e.get(`heldAt`)??``));return{at:t,input:{title:y(String(e.get(`title`)??``)),heldAt:isNaN(t.getTime())?``:t.toISOString(),departmentsInvited:A(z,String(e.get(`otherDepartments`)??``)),notes:g(e.get(`notes`)),attendeeIDs:P,conversationIDs:I}}},Z=v(e=>{let{at:t,input:n}=X(e),r=S(`FeedbackReview`,{title:n.title,heldAt:n.heldAt,notes:n.notes});return isNaN(t.getTime())&&(r.heldAt=`Say when it was held: a date and a time.`),I.length>100&&(r.conversationIDs=`At most 100 conversations: ${f(I.length)} are chosen.`),V.forEach((e,t)=>{let n=w(`FollowUp`,`action`,e.action),i=w(`FollowUp`,`dueOn`,k(e.due));n&&(r[`followUps.${t}.action`]=n),i&&(r[`followUps.${t}.dueOn`]=i)}),r},T(o));te(()=>{G<0||(Z.ref.current?.querySelector(`[name="followUps.${G}.action"]`)?.focus(),K(-1))},[G]);let le=Z.submit(async e=>{ce(!0);let s=o?.id??r(),l={clientID:s,...X(e).input};await n(o,s,`Feedback review “${l.title}”`,D,{input:l},void 0,j(s,i,l));for(let e of V){let n=r(),o={clientID:n,action:y(e.action),ownerID:e.owner||i,dueOn:k(e.due),reviewID:a(s)};await t(n,`Follow-up: ${o.action}`,ie,{input:o},void 0,M(o))}o||ne(V.length?`Feedback review saved, with ${V.length===1?`its follow-up`:`its ${V.length} follow-ups`}.`:`Feedback review saved.`),c(o?`/pending`:`/reviews`)}),Q=(e,t)=>e.includes(t)?e.filter(e=>e!==t):[...e,t],$=Z.errors;return m`<${u} section="more">
    ${!o&&m`<a href="#/reviews">← Feedback reviews</a>`}
    <h1>${o?`Fix: a feedback review`:`Record a feedback review`}</h1>
    ${o?m`<p class="muted">The server did not take this feedback review. Change what it says, then send it again.</p>`:m`<p class="muted">You are its host. It counts for the month it was held in, for you and each attendee.</p>`}
    <form onSubmit=${le} onInput=${Z.onInput} ref=${Z.ref} aria-label="Record a feedback review" novalidate>
      <label>Title <input defaultValue=${String(s.title??oe(N))} required ...${Z.field(`title`)} />${Z.error(`title`)}</label>
      <label>When <input type="datetime-local" defaultValue=${C(N)} required ...${Z.field(`heldAt`)} />${Z.error(`heldAt`)}</label>
      <${ee} what="the people and the conversations" />
      <fieldset><legend>Who attended</legend>
        ${P.length>0&&m`<ul class="chips" aria-label="Attendees">${P.map(e=>m`<li class="chip on">${_(`people`,e,`someone`)}
          <button type="button" class="link" aria-label=${`Remove `+_(`people`,e,`this person`)} onClick=${()=>F(P.filter(t=>t!==e))}>×</button></li>`)}</ul>`}
        ${P.length<100&&m`<${E} label="Add an attendee" placeholder="Name, email or team" testid="review-attendee-search"
          invalid=${!!$.attendeeIDs} describedBy=${$.attendeeIDs?`err-attendeeIDs`:void 0}
          find=${(e,t)=>re(e,t,e=>e.id!==i&&!e.deactivatedAt&&!P.includes(e.id))}
          onPick=${e=>F([...P,e.id])} />`}
        ${Z.error(`attendeeIDs`)}
      </fieldset>
      <fieldset><legend>Departments invited</legend>
        <div class="chips" role="group" aria-label="Departments invited">
          ${O.map(e=>m`<button type="button" class="chip" aria-pressed=${z.includes(e)} onClick=${()=>B(Q(z,e))}>${e}</button>`)}
        </div>
        <label>Others (separated by commas) <input defaultValue=${R.filter(e=>!O.includes(e)).join(`, `)} ...${Z.field(`otherDepartments`)} /></label>
        ${Z.error(`departmentsInvited`)}
      </fieldset>
      <fieldset data-testid="reviewed"><legend>Conversations reviewed</legend>
        ${J.length===0?m`<p class="muted">No conversations on this device yet.</p>`:m`
          <p class="muted">${I.length?`${f(I.length)} chosen`:`None chosen`}, of the ${f(J.length)} on this device.</p>
          ${Y.map(e=>m`<label class="check"><input type="checkbox" checked=${I.includes(e.id)} onChange=${()=>L(Q(I,e.id))}
            aria-invalid=${$.conversationIDs?`true`:void 0} aria-describedby=${$.conversationIDs?`err-conversationIDs`:void 0} />
            <span>${b(e)} <span class="muted">· ${_(`people`,e.leaderID,`someone`)} · ${p(e.occurredAt)}</span></span></label>`)}
          ${!U&&Y.length<J.length&&m`<button type="button" class="secondary" onClick=${()=>W(!0)}>Show all ${f(J.length)}</button>`}`}
        ${Z.error(`conversationIDs`)}
      </fieldset>
      <label>Notes: what was said and agreed <textarea rows="4" defaultValue=${String(s.notes??``)} ...${Z.field(`notes`)}></textarea>${Z.error(`notes`)}</label>
      ${o?m`<p class="muted">Its follow-ups, if any, wait in the list and are sent after it.</p>`:m`<fieldset><legend>Follow-ups agreed</legend>
        ${V.map((e,t)=>m`<div class="followup" data-testid="agreed">
          <label>Action <input value=${e.action} onInput=${e=>q(t,{action:e.target.value})} ...${Z.field(`followUps.${t}.action`)} />${Z.error(`followUps.${t}.action`)}</label>
          <${x} label="Owner" value=${e.owner} me=${i} onChange=${e=>q(t,{owner:e})} />
          <div class="row">
            <label>Due <input type="date" value=${e.due} onInput=${e=>q(t,{due:e.target.value})} ...${Z.field(`followUps.${t}.dueOn`)} />${Z.error(`followUps.${t}.dueOn`)}</label>
          </div>
          <button type="button" class="link" onClick=${()=>H(V.filter((e,n)=>n!==t))}>Remove this follow-up</button>
        </div>`)}
        <button type="button" class="secondary" onClick=${()=>(H([...V,{action:``,owner:i,due:``}]),K(V.length))}>Add a follow-up</button>
      </fieldset>`}
      ${Z.others()}
      <button type="submit" class="big" disabled=${se}>${o?`Send again`:`Save the review`}</button>
    </form>
  </${u}>`}export{N as RecordReview};