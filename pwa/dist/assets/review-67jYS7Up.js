import{A as e,C as t,D as n,E as r,O as i,S as a,T as o,_ as s,a as c,b as l,c as u,d as ee,f as te,g as ne,h as d,i as f,j as p,k as m,l as h,m as g,n as _,o as v,p as re,r as y,s as b,t as x,u as S,v as C,w,x as T,y as E}from"./index-DwP8i6S3.js";var D=w(`
  mutation CreateFeedbackReview($input: CreateFeedbackReviewInput!) { createFeedbackReview(input: $input) { ...ReviewRow } }
`,[t]),ie=w(`
  mutation CreateReviewFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { ...FollowUpRow } }
`,[a]),O=[`Product`,`Support`,`Sales`,`Marketing`,`Finance`,`Operations`],ae=12,oe=e=>e.toLocaleString(`en`,{month:`long`})+` feedback review`,k=e=>e?new Date(e+`T12:00:00Z`).toISOString():null,A=(e,t)=>{let r=[];for(let i of[...e,...t.split(`,`)].map(n))i&&!r.some(e=>e.toLowerCase()===i.toLowerCase())&&r.push(i);return r},j=(e,t,n)=>({store:`reviews`,op:`put`,record:{id:T(e),version:0,clientID:e,title:n.title,heldAt:n.heldAt,notes:n.notes,hostID:t,attendeeCount:n.attendeeIDs.length,conversationCount:n.conversationIDs.length}}),M=e=>({store:`followUps`,op:`put`,record:{id:T(e.clientID),version:0,clientID:e.clientID,action:e.action,ownerID:e.ownerID,dueOn:e.dueOn,conversationID:null,reviewID:e.reviewID,doneAt:null,quickWin:!1,newInitiative:!1}});function N({me:t,fix:a}){s();let w=_(a),[N]=e(()=>w.heldAt?new Date(String(w.heldAt)):new Date),[P,F]=e(()=>w.attendeeIDs??[]),[I,L]=e(()=>w.conversationIDs??[]),R=w.departmentsInvited??[],[z,B]=e(()=>R.filter(e=>O.includes(e))),[V,H]=e([]),[U,W]=e(!1),[G,K]=e(-1),[se,ce]=e(!1),q=(e,t)=>H(V.map((n,r)=>e===r?{...n,...t}:n)),J=[...ne(`conversations`).values()].sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt)),Y=U?J:J.filter((e,t)=>t<ae||I.includes(e.id)),X=e=>{let t=new Date(String(e.get(`heldAt`)??``));return{at:t,input:{title:n(String(e.get(`title`)??``)),heldAt:isNaN(t.getTime())?``:t.toISOString(),departmentsInvited:A(z,String(e.get(`otherDepartments`)??``)),notes:c(e.get(`notes`)),attendeeIDs:P,conversationIDs:I}}},Z=i(e=>{let{at:t,input:n}=X(e),i=r(`FeedbackReview`,{title:n.title,heldAt:n.heldAt,notes:n.notes});return isNaN(t.getTime())&&(i.heldAt=`Say when it was held: a date and a time.`),I.length>100&&(i.conversationIDs=`At most 100 conversations: ${g(I.length)} are chosen.`),V.forEach((e,t)=>{let n=o(`FollowUp`,`action`,e.action),r=o(`FollowUp`,`dueOn`,k(e.due));n&&(i[`followUps.${t}.action`]=n),r&&(i[`followUps.${t}.dueOn`]=r)}),i},f(a));p(()=>{G<0||(Z.ref.current?.querySelector(`[name="followUps.${G}.action"]`)?.focus(),K(-1))},[G]);let le=Z.submit(async e=>{ce(!0);let r=a?.id??C(),i={clientID:r,...X(e).input};await E(a,r,`Feedback review “${i.title}”`,D,{input:i},void 0,j(r,t,i));for(let e of V){let i=C(),a={clientID:i,action:n(e.action),ownerID:e.owner||t,dueOn:k(e.due),reviewID:T(r)};await l(i,`Follow-up: ${a.action}`,ie,{input:a},void 0,M(a))}a||d(V.length?`Feedback review saved, with ${V.length===1?`its follow-up`:`its ${V.length} follow-ups`}.`:`Feedback review saved.`),re(a?`/pending`:`/reviews`)}),Q=(e,t)=>e.includes(t)?e.filter(e=>e!==t):[...e,t],$=Z.errors;return m`<${S} section="more">
    ${!a&&m`<a href="#/reviews">← Feedback reviews</a>`}
    <h1>${a?`Fix: a feedback review`:`Record a feedback review`}</h1>
    ${a?m`<p class="muted">The server did not take this feedback review. Change what it says, then send it again.</p>`:m`<p class="muted">You are its host. It counts for the month it was held in, for you and each attendee.</p>`}
    <form onSubmit=${le} onInput=${Z.onInput} ref=${Z.ref} aria-label="Record a feedback review" novalidate>
      <label>Title <input defaultValue=${String(w.title??oe(N))} required ...${Z.field(`title`)} />${Z.error(`title`)}</label>
      <label>When <input type="datetime-local" defaultValue=${y(N)} required ...${Z.field(`heldAt`)} />${Z.error(`heldAt`)}</label>
      <${ee} what="the people and the conversations" />
      <fieldset><legend>Who attended</legend>
        ${P.length>0&&m`<ul class="chips" aria-label="Attendees">${P.map(e=>m`<li class="chip on">${h(`people`,e,`someone`)}
          <button type="button" class="link" aria-label=${`Remove `+h(`people`,e,`this person`)} onClick=${()=>F(P.filter(t=>t!==e))}>×</button></li>`)}</ul>`}
        ${P.length<100&&m`<${b} label="Add an attendee" placeholder="Name, email or team" testid="review-attendee-search"
          invalid=${!!$.attendeeIDs} describedBy=${$.attendeeIDs?`err-attendeeIDs`:void 0}
          find=${(e,n)=>u(e,n,e=>e.id!==t&&!e.deactivatedAt&&!P.includes(e.id))}
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
          <p class="muted">${I.length?`${g(I.length)} chosen`:`None chosen`}, of the ${g(J.length)} on this device.</p>
          ${Y.map(e=>m`<label class="check"><input type="checkbox" checked=${I.includes(e.id)} onChange=${()=>L(Q(I,e.id))}
            aria-invalid=${$.conversationIDs?`true`:void 0} aria-describedby=${$.conversationIDs?`err-conversationIDs`:void 0} />
            <span>${x(e)} <span class="muted">· ${h(`people`,e.leaderID,`someone`)} · ${te(e.occurredAt)}</span></span></label>`)}
          ${!U&&Y.length<J.length&&m`<button type="button" class="secondary" onClick=${()=>W(!0)}>Show all ${g(J.length)}</button>`}`}
        ${Z.error(`conversationIDs`)}
      </fieldset>
      <label>Notes: what was said and agreed <textarea rows="4" defaultValue=${String(w.notes??``)} ...${Z.field(`notes`)}></textarea>${Z.error(`notes`)}</label>
      ${a?m`<p class="muted">Its follow-ups, if any, wait in the list and are sent after it.</p>`:m`<fieldset><legend>Follow-ups agreed</legend>
        ${V.map((e,n)=>m`<div class="followup" data-testid="agreed">
          <label>Action <input value=${e.action} onInput=${e=>q(n,{action:e.target.value})} ...${Z.field(`followUps.${n}.action`)} />${Z.error(`followUps.${n}.action`)}</label>
          <${v} label="Owner" value=${e.owner} me=${t} onChange=${e=>q(n,{owner:e})} />
          <div class="row">
            <label>Due <input type="date" value=${e.due} onInput=${e=>q(n,{due:e.target.value})} ...${Z.field(`followUps.${n}.dueOn`)} />${Z.error(`followUps.${n}.dueOn`)}</label>
          </div>
          <button type="button" class="link" onClick=${()=>H(V.filter((e,t)=>t!==n))}>Remove this follow-up</button>
        </div>`)}
        <button type="button" class="secondary" onClick=${()=>(H([...V,{action:``,owner:t,due:``}]),K(V.length))}>Add a follow-up</button>
      </fieldset>`}
      ${Z.others()}
      <button type="submit" class="big" disabled=${se}>${a?`Send again`:`Save the review`}</button>
    </form>
  </${S}>`}export{N as RecordReview};